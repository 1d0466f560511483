import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace spotify. */
export namespace spotify {

    /** Namespace download. */
    namespace download {

        /** Namespace proto. */
        namespace proto {

            /**
             * Properties of a StorageResolveResponse.
             * @deprecated Use spotify.download.proto.StorageResolveResponse.$Properties instead.
             */
            interface IStorageResolveResponse extends spotify.download.proto.StorageResolveResponse.$Properties {
            }

            /** Represents a StorageResolveResponse. */
            class StorageResolveResponse {

                /**
                 * Constructs a new StorageResolveResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: spotify.download.proto.StorageResolveResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** StorageResolveResponse result. */
                result: spotify.download.proto.StorageResolveResponse.Result;

                /** StorageResolveResponse cdnurl. */
                cdnurl: string[];

                /** StorageResolveResponse fileid. */
                fileid: Uint8Array;

                /**
                 * Creates a new StorageResolveResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns StorageResolveResponse instance
                 */
                static create(properties: spotify.download.proto.StorageResolveResponse.$Shape): spotify.download.proto.StorageResolveResponse & spotify.download.proto.StorageResolveResponse.$Shape;
                static create(properties?: spotify.download.proto.StorageResolveResponse.$Properties): spotify.download.proto.StorageResolveResponse;

                /**
                 * Encodes the specified StorageResolveResponse message. Does not implicitly {@link spotify.download.proto.StorageResolveResponse.verify|verify} messages.
                 * @param message StorageResolveResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: spotify.download.proto.StorageResolveResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified StorageResolveResponse message, length delimited. Does not implicitly {@link spotify.download.proto.StorageResolveResponse.verify|verify} messages.
                 * @param message StorageResolveResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: spotify.download.proto.StorageResolveResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StorageResolveResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {spotify.download.proto.StorageResolveResponse & spotify.download.proto.StorageResolveResponse.$Shape} StorageResolveResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.download.proto.StorageResolveResponse & spotify.download.proto.StorageResolveResponse.$Shape;

                /**
                 * Decodes a StorageResolveResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {spotify.download.proto.StorageResolveResponse & spotify.download.proto.StorageResolveResponse.$Shape} StorageResolveResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.download.proto.StorageResolveResponse & spotify.download.proto.StorageResolveResponse.$Shape;

                /**
                 * Verifies a StorageResolveResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a StorageResolveResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns StorageResolveResponse
                 */
                static fromObject(object: { [k: string]: any }): spotify.download.proto.StorageResolveResponse;

                /**
                 * Creates a plain object from a StorageResolveResponse message. Also converts values to other types if specified.
                 * @param message StorageResolveResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: spotify.download.proto.StorageResolveResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this StorageResolveResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for StorageResolveResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace StorageResolveResponse {

                /** Properties of a StorageResolveResponse. */
                interface $Properties {

                    /** StorageResolveResponse result */
                    result?: (spotify.download.proto.StorageResolveResponse.Result|null);

                    /** StorageResolveResponse cdnurl */
                    cdnurl?: (string[]|null);

                    /** StorageResolveResponse fileid */
                    fileid?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a StorageResolveResponse. */
                type $Shape = spotify.download.proto.StorageResolveResponse.$Properties;

                /** Result enum. */
                enum Result {

                    /** CDN value */
                    CDN = 0,

                    /** STORAGE value */
                    STORAGE = 1,

                    /** RESTRICTED value */
                    RESTRICTED = 3
                }
            }
        }
    }
}
