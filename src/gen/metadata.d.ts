import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace spotify. */
export namespace spotify {

    /** Namespace extendedmetadata. */
    namespace extendedmetadata {

        /** ExtensionKind enum. */
        enum ExtensionKind {

            /** UNKNOWN_EXTENSION value */
            UNKNOWN_EXTENSION = 0,

            /** AUDIO_FILES value */
            AUDIO_FILES = 5,

            /** TRACK_V4 value */
            TRACK_V4 = 10,

            /** EPISODE_V4 value */
            EPISODE_V4 = 12
        }

        /**
         * Properties of an ExtensionQuery.
         * @deprecated Use spotify.extendedmetadata.ExtensionQuery.$Properties instead.
         */
        interface IExtensionQuery extends spotify.extendedmetadata.ExtensionQuery.$Properties {
        }

        /** Represents an ExtensionQuery. */
        class ExtensionQuery {

            /**
             * Constructs a new ExtensionQuery.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.extendedmetadata.ExtensionQuery.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ExtensionQuery extensionKind. */
            extensionKind: spotify.extendedmetadata.ExtensionKind;

            /** ExtensionQuery etag. */
            etag: string;

            /**
             * Creates a new ExtensionQuery instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ExtensionQuery instance
             */
            static create(properties: spotify.extendedmetadata.ExtensionQuery.$Shape): spotify.extendedmetadata.ExtensionQuery & spotify.extendedmetadata.ExtensionQuery.$Shape;
            static create(properties?: spotify.extendedmetadata.ExtensionQuery.$Properties): spotify.extendedmetadata.ExtensionQuery;

            /**
             * Encodes the specified ExtensionQuery message. Does not implicitly {@link spotify.extendedmetadata.ExtensionQuery.verify|verify} messages.
             * @param message ExtensionQuery message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.extendedmetadata.ExtensionQuery.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ExtensionQuery message, length delimited. Does not implicitly {@link spotify.extendedmetadata.ExtensionQuery.verify|verify} messages.
             * @param message ExtensionQuery message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.extendedmetadata.ExtensionQuery.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ExtensionQuery message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.extendedmetadata.ExtensionQuery & spotify.extendedmetadata.ExtensionQuery.$Shape} ExtensionQuery
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.extendedmetadata.ExtensionQuery & spotify.extendedmetadata.ExtensionQuery.$Shape;

            /**
             * Decodes an ExtensionQuery message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.extendedmetadata.ExtensionQuery & spotify.extendedmetadata.ExtensionQuery.$Shape} ExtensionQuery
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.extendedmetadata.ExtensionQuery & spotify.extendedmetadata.ExtensionQuery.$Shape;

            /**
             * Verifies an ExtensionQuery message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an ExtensionQuery message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ExtensionQuery
             */
            static fromObject(object: { [k: string]: any }): spotify.extendedmetadata.ExtensionQuery;

            /**
             * Creates a plain object from an ExtensionQuery message. Also converts values to other types if specified.
             * @param message ExtensionQuery
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.extendedmetadata.ExtensionQuery, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ExtensionQuery to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ExtensionQuery
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ExtensionQuery {

            /** Properties of an ExtensionQuery. */
            interface $Properties {

                /** ExtensionQuery extensionKind */
                extensionKind?: (spotify.extendedmetadata.ExtensionKind|null);

                /** ExtensionQuery etag */
                etag?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ExtensionQuery. */
            type $Shape = spotify.extendedmetadata.ExtensionQuery.$Properties;
        }

        /**
         * Properties of an EntityRequest.
         * @deprecated Use spotify.extendedmetadata.EntityRequest.$Properties instead.
         */
        interface IEntityRequest extends spotify.extendedmetadata.EntityRequest.$Properties {
        }

        /** Represents an EntityRequest. */
        class EntityRequest {

            /**
             * Constructs a new EntityRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.extendedmetadata.EntityRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EntityRequest entityUri. */
            entityUri: string;

            /** EntityRequest query. */
            query: spotify.extendedmetadata.ExtensionQuery.$Properties[];

            /**
             * Creates a new EntityRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EntityRequest instance
             */
            static create(properties: spotify.extendedmetadata.EntityRequest.$Shape): spotify.extendedmetadata.EntityRequest & spotify.extendedmetadata.EntityRequest.$Shape;
            static create(properties?: spotify.extendedmetadata.EntityRequest.$Properties): spotify.extendedmetadata.EntityRequest;

            /**
             * Encodes the specified EntityRequest message. Does not implicitly {@link spotify.extendedmetadata.EntityRequest.verify|verify} messages.
             * @param message EntityRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.extendedmetadata.EntityRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified EntityRequest message, length delimited. Does not implicitly {@link spotify.extendedmetadata.EntityRequest.verify|verify} messages.
             * @param message EntityRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.extendedmetadata.EntityRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EntityRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.extendedmetadata.EntityRequest & spotify.extendedmetadata.EntityRequest.$Shape} EntityRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.extendedmetadata.EntityRequest & spotify.extendedmetadata.EntityRequest.$Shape;

            /**
             * Decodes an EntityRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.extendedmetadata.EntityRequest & spotify.extendedmetadata.EntityRequest.$Shape} EntityRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.extendedmetadata.EntityRequest & spotify.extendedmetadata.EntityRequest.$Shape;

            /**
             * Verifies an EntityRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an EntityRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EntityRequest
             */
            static fromObject(object: { [k: string]: any }): spotify.extendedmetadata.EntityRequest;

            /**
             * Creates a plain object from an EntityRequest message. Also converts values to other types if specified.
             * @param message EntityRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.extendedmetadata.EntityRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EntityRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for EntityRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace EntityRequest {

            /** Properties of an EntityRequest. */
            interface $Properties {

                /** EntityRequest entityUri */
                entityUri?: (string|null);

                /** EntityRequest query */
                query?: (spotify.extendedmetadata.ExtensionQuery.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EntityRequest. */
            type $Shape = spotify.extendedmetadata.EntityRequest.$Properties;
        }

        /**
         * Properties of a BatchedEntityRequestHeader.
         * @deprecated Use spotify.extendedmetadata.BatchedEntityRequestHeader.$Properties instead.
         */
        interface IBatchedEntityRequestHeader extends spotify.extendedmetadata.BatchedEntityRequestHeader.$Properties {
        }

        /** Represents a BatchedEntityRequestHeader. */
        class BatchedEntityRequestHeader {

            /**
             * Constructs a new BatchedEntityRequestHeader.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.extendedmetadata.BatchedEntityRequestHeader.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BatchedEntityRequestHeader country. */
            country: string;

            /** BatchedEntityRequestHeader catalogue. */
            catalogue: string;

            /** BatchedEntityRequestHeader taskId. */
            taskId: Uint8Array;

            /**
             * Creates a new BatchedEntityRequestHeader instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BatchedEntityRequestHeader instance
             */
            static create(properties: spotify.extendedmetadata.BatchedEntityRequestHeader.$Shape): spotify.extendedmetadata.BatchedEntityRequestHeader & spotify.extendedmetadata.BatchedEntityRequestHeader.$Shape;
            static create(properties?: spotify.extendedmetadata.BatchedEntityRequestHeader.$Properties): spotify.extendedmetadata.BatchedEntityRequestHeader;

            /**
             * Encodes the specified BatchedEntityRequestHeader message. Does not implicitly {@link spotify.extendedmetadata.BatchedEntityRequestHeader.verify|verify} messages.
             * @param message BatchedEntityRequestHeader message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.extendedmetadata.BatchedEntityRequestHeader.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified BatchedEntityRequestHeader message, length delimited. Does not implicitly {@link spotify.extendedmetadata.BatchedEntityRequestHeader.verify|verify} messages.
             * @param message BatchedEntityRequestHeader message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.extendedmetadata.BatchedEntityRequestHeader.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BatchedEntityRequestHeader message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.extendedmetadata.BatchedEntityRequestHeader & spotify.extendedmetadata.BatchedEntityRequestHeader.$Shape} BatchedEntityRequestHeader
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.extendedmetadata.BatchedEntityRequestHeader & spotify.extendedmetadata.BatchedEntityRequestHeader.$Shape;

            /**
             * Decodes a BatchedEntityRequestHeader message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.extendedmetadata.BatchedEntityRequestHeader & spotify.extendedmetadata.BatchedEntityRequestHeader.$Shape} BatchedEntityRequestHeader
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.extendedmetadata.BatchedEntityRequestHeader & spotify.extendedmetadata.BatchedEntityRequestHeader.$Shape;

            /**
             * Verifies a BatchedEntityRequestHeader message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a BatchedEntityRequestHeader message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns BatchedEntityRequestHeader
             */
            static fromObject(object: { [k: string]: any }): spotify.extendedmetadata.BatchedEntityRequestHeader;

            /**
             * Creates a plain object from a BatchedEntityRequestHeader message. Also converts values to other types if specified.
             * @param message BatchedEntityRequestHeader
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.extendedmetadata.BatchedEntityRequestHeader, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this BatchedEntityRequestHeader to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for BatchedEntityRequestHeader
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace BatchedEntityRequestHeader {

            /** Properties of a BatchedEntityRequestHeader. */
            interface $Properties {

                /** BatchedEntityRequestHeader country */
                country?: (string|null);

                /** BatchedEntityRequestHeader catalogue */
                catalogue?: (string|null);

                /** BatchedEntityRequestHeader taskId */
                taskId?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BatchedEntityRequestHeader. */
            type $Shape = spotify.extendedmetadata.BatchedEntityRequestHeader.$Properties;
        }

        /**
         * Properties of a BatchedEntityRequest.
         * @deprecated Use spotify.extendedmetadata.BatchedEntityRequest.$Properties instead.
         */
        interface IBatchedEntityRequest extends spotify.extendedmetadata.BatchedEntityRequest.$Properties {
        }

        /** Represents a BatchedEntityRequest. */
        class BatchedEntityRequest {

            /**
             * Constructs a new BatchedEntityRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.extendedmetadata.BatchedEntityRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BatchedEntityRequest header. */
            header?: (spotify.extendedmetadata.BatchedEntityRequestHeader.$Properties|null);

            /** BatchedEntityRequest entityRequest. */
            entityRequest: spotify.extendedmetadata.EntityRequest.$Properties[];

            /**
             * Creates a new BatchedEntityRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BatchedEntityRequest instance
             */
            static create(properties: spotify.extendedmetadata.BatchedEntityRequest.$Shape): spotify.extendedmetadata.BatchedEntityRequest & spotify.extendedmetadata.BatchedEntityRequest.$Shape;
            static create(properties?: spotify.extendedmetadata.BatchedEntityRequest.$Properties): spotify.extendedmetadata.BatchedEntityRequest;

            /**
             * Encodes the specified BatchedEntityRequest message. Does not implicitly {@link spotify.extendedmetadata.BatchedEntityRequest.verify|verify} messages.
             * @param message BatchedEntityRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.extendedmetadata.BatchedEntityRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified BatchedEntityRequest message, length delimited. Does not implicitly {@link spotify.extendedmetadata.BatchedEntityRequest.verify|verify} messages.
             * @param message BatchedEntityRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.extendedmetadata.BatchedEntityRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BatchedEntityRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.extendedmetadata.BatchedEntityRequest & spotify.extendedmetadata.BatchedEntityRequest.$Shape} BatchedEntityRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.extendedmetadata.BatchedEntityRequest & spotify.extendedmetadata.BatchedEntityRequest.$Shape;

            /**
             * Decodes a BatchedEntityRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.extendedmetadata.BatchedEntityRequest & spotify.extendedmetadata.BatchedEntityRequest.$Shape} BatchedEntityRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.extendedmetadata.BatchedEntityRequest & spotify.extendedmetadata.BatchedEntityRequest.$Shape;

            /**
             * Verifies a BatchedEntityRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a BatchedEntityRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns BatchedEntityRequest
             */
            static fromObject(object: { [k: string]: any }): spotify.extendedmetadata.BatchedEntityRequest;

            /**
             * Creates a plain object from a BatchedEntityRequest message. Also converts values to other types if specified.
             * @param message BatchedEntityRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.extendedmetadata.BatchedEntityRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this BatchedEntityRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for BatchedEntityRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace BatchedEntityRequest {

            /** Properties of a BatchedEntityRequest. */
            interface $Properties {

                /** BatchedEntityRequest header */
                header?: (spotify.extendedmetadata.BatchedEntityRequestHeader.$Properties|null);

                /** BatchedEntityRequest entityRequest */
                entityRequest?: (spotify.extendedmetadata.EntityRequest.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BatchedEntityRequest. */
            type $Shape = spotify.extendedmetadata.BatchedEntityRequest.$Properties;
        }

        /**
         * Properties of an EntityExtensionDataHeader.
         * @deprecated Use spotify.extendedmetadata.EntityExtensionDataHeader.$Properties instead.
         */
        interface IEntityExtensionDataHeader extends spotify.extendedmetadata.EntityExtensionDataHeader.$Properties {
        }

        /** Represents an EntityExtensionDataHeader. */
        class EntityExtensionDataHeader {

            /**
             * Constructs a new EntityExtensionDataHeader.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.extendedmetadata.EntityExtensionDataHeader.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EntityExtensionDataHeader statusCode. */
            statusCode: number;

            /** EntityExtensionDataHeader etag. */
            etag: string;

            /** EntityExtensionDataHeader locale. */
            locale: string;

            /** EntityExtensionDataHeader cacheTtlInSeconds. */
            cacheTtlInSeconds: (number|Long);

            /** EntityExtensionDataHeader offlineTtlInSeconds. */
            offlineTtlInSeconds: (number|Long);

            /**
             * Creates a new EntityExtensionDataHeader instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EntityExtensionDataHeader instance
             */
            static create(properties: spotify.extendedmetadata.EntityExtensionDataHeader.$Shape): spotify.extendedmetadata.EntityExtensionDataHeader & spotify.extendedmetadata.EntityExtensionDataHeader.$Shape;
            static create(properties?: spotify.extendedmetadata.EntityExtensionDataHeader.$Properties): spotify.extendedmetadata.EntityExtensionDataHeader;

            /**
             * Encodes the specified EntityExtensionDataHeader message. Does not implicitly {@link spotify.extendedmetadata.EntityExtensionDataHeader.verify|verify} messages.
             * @param message EntityExtensionDataHeader message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.extendedmetadata.EntityExtensionDataHeader.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified EntityExtensionDataHeader message, length delimited. Does not implicitly {@link spotify.extendedmetadata.EntityExtensionDataHeader.verify|verify} messages.
             * @param message EntityExtensionDataHeader message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.extendedmetadata.EntityExtensionDataHeader.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EntityExtensionDataHeader message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.extendedmetadata.EntityExtensionDataHeader & spotify.extendedmetadata.EntityExtensionDataHeader.$Shape} EntityExtensionDataHeader
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.extendedmetadata.EntityExtensionDataHeader & spotify.extendedmetadata.EntityExtensionDataHeader.$Shape;

            /**
             * Decodes an EntityExtensionDataHeader message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.extendedmetadata.EntityExtensionDataHeader & spotify.extendedmetadata.EntityExtensionDataHeader.$Shape} EntityExtensionDataHeader
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.extendedmetadata.EntityExtensionDataHeader & spotify.extendedmetadata.EntityExtensionDataHeader.$Shape;

            /**
             * Verifies an EntityExtensionDataHeader message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an EntityExtensionDataHeader message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EntityExtensionDataHeader
             */
            static fromObject(object: { [k: string]: any }): spotify.extendedmetadata.EntityExtensionDataHeader;

            /**
             * Creates a plain object from an EntityExtensionDataHeader message. Also converts values to other types if specified.
             * @param message EntityExtensionDataHeader
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.extendedmetadata.EntityExtensionDataHeader, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EntityExtensionDataHeader to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for EntityExtensionDataHeader
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace EntityExtensionDataHeader {

            /** Properties of an EntityExtensionDataHeader. */
            interface $Properties {

                /** EntityExtensionDataHeader statusCode */
                statusCode?: (number|null);

                /** EntityExtensionDataHeader etag */
                etag?: (string|null);

                /** EntityExtensionDataHeader locale */
                locale?: (string|null);

                /** EntityExtensionDataHeader cacheTtlInSeconds */
                cacheTtlInSeconds?: (number|Long|null);

                /** EntityExtensionDataHeader offlineTtlInSeconds */
                offlineTtlInSeconds?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EntityExtensionDataHeader. */
            type $Shape = spotify.extendedmetadata.EntityExtensionDataHeader.$Properties;
        }

        /**
         * Properties of an EntityExtensionData.
         * @deprecated Use spotify.extendedmetadata.EntityExtensionData.$Properties instead.
         */
        interface IEntityExtensionData extends spotify.extendedmetadata.EntityExtensionData.$Properties {
        }

        /** Represents an EntityExtensionData. */
        class EntityExtensionData {

            /**
             * Constructs a new EntityExtensionData.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.extendedmetadata.EntityExtensionData.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EntityExtensionData header. */
            header?: (spotify.extendedmetadata.EntityExtensionDataHeader.$Properties|null);

            /** EntityExtensionData entityUri. */
            entityUri: string;

            /** EntityExtensionData extensionData. */
            extensionData?: (google.protobuf.Any.$Properties|null);

            /**
             * Creates a new EntityExtensionData instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EntityExtensionData instance
             */
            static create(properties: spotify.extendedmetadata.EntityExtensionData.$Shape): spotify.extendedmetadata.EntityExtensionData & spotify.extendedmetadata.EntityExtensionData.$Shape;
            static create(properties?: spotify.extendedmetadata.EntityExtensionData.$Properties): spotify.extendedmetadata.EntityExtensionData;

            /**
             * Encodes the specified EntityExtensionData message. Does not implicitly {@link spotify.extendedmetadata.EntityExtensionData.verify|verify} messages.
             * @param message EntityExtensionData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.extendedmetadata.EntityExtensionData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified EntityExtensionData message, length delimited. Does not implicitly {@link spotify.extendedmetadata.EntityExtensionData.verify|verify} messages.
             * @param message EntityExtensionData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.extendedmetadata.EntityExtensionData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EntityExtensionData message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.extendedmetadata.EntityExtensionData & spotify.extendedmetadata.EntityExtensionData.$Shape} EntityExtensionData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.extendedmetadata.EntityExtensionData & spotify.extendedmetadata.EntityExtensionData.$Shape;

            /**
             * Decodes an EntityExtensionData message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.extendedmetadata.EntityExtensionData & spotify.extendedmetadata.EntityExtensionData.$Shape} EntityExtensionData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.extendedmetadata.EntityExtensionData & spotify.extendedmetadata.EntityExtensionData.$Shape;

            /**
             * Verifies an EntityExtensionData message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an EntityExtensionData message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EntityExtensionData
             */
            static fromObject(object: { [k: string]: any }): spotify.extendedmetadata.EntityExtensionData;

            /**
             * Creates a plain object from an EntityExtensionData message. Also converts values to other types if specified.
             * @param message EntityExtensionData
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.extendedmetadata.EntityExtensionData, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EntityExtensionData to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for EntityExtensionData
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace EntityExtensionData {

            /** Properties of an EntityExtensionData. */
            interface $Properties {

                /** EntityExtensionData header */
                header?: (spotify.extendedmetadata.EntityExtensionDataHeader.$Properties|null);

                /** EntityExtensionData entityUri */
                entityUri?: (string|null);

                /** EntityExtensionData extensionData */
                extensionData?: (google.protobuf.Any.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EntityExtensionData. */
            type $Shape = spotify.extendedmetadata.EntityExtensionData.$Properties;
        }

        /** ExtensionType enum. */
        enum ExtensionType {

            /** UNKNOWN value */
            UNKNOWN = 0,

            /** GENERIC value */
            GENERIC = 1,

            /** ASSOC value */
            ASSOC = 2
        }

        /**
         * Properties of an EntityExtensionDataArrayHeader.
         * @deprecated Use spotify.extendedmetadata.EntityExtensionDataArrayHeader.$Properties instead.
         */
        interface IEntityExtensionDataArrayHeader extends spotify.extendedmetadata.EntityExtensionDataArrayHeader.$Properties {
        }

        /** Represents an EntityExtensionDataArrayHeader. */
        class EntityExtensionDataArrayHeader {

            /**
             * Constructs a new EntityExtensionDataArrayHeader.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.extendedmetadata.EntityExtensionDataArrayHeader.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EntityExtensionDataArrayHeader providerErrorStatus. */
            providerErrorStatus: number;

            /** EntityExtensionDataArrayHeader cacheTtlInSeconds. */
            cacheTtlInSeconds: (number|Long);

            /** EntityExtensionDataArrayHeader offlineTtlInSeconds. */
            offlineTtlInSeconds: (number|Long);

            /** EntityExtensionDataArrayHeader extensionType. */
            extensionType: spotify.extendedmetadata.ExtensionType;

            /**
             * Creates a new EntityExtensionDataArrayHeader instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EntityExtensionDataArrayHeader instance
             */
            static create(properties: spotify.extendedmetadata.EntityExtensionDataArrayHeader.$Shape): spotify.extendedmetadata.EntityExtensionDataArrayHeader & spotify.extendedmetadata.EntityExtensionDataArrayHeader.$Shape;
            static create(properties?: spotify.extendedmetadata.EntityExtensionDataArrayHeader.$Properties): spotify.extendedmetadata.EntityExtensionDataArrayHeader;

            /**
             * Encodes the specified EntityExtensionDataArrayHeader message. Does not implicitly {@link spotify.extendedmetadata.EntityExtensionDataArrayHeader.verify|verify} messages.
             * @param message EntityExtensionDataArrayHeader message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.extendedmetadata.EntityExtensionDataArrayHeader.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified EntityExtensionDataArrayHeader message, length delimited. Does not implicitly {@link spotify.extendedmetadata.EntityExtensionDataArrayHeader.verify|verify} messages.
             * @param message EntityExtensionDataArrayHeader message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.extendedmetadata.EntityExtensionDataArrayHeader.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EntityExtensionDataArrayHeader message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.extendedmetadata.EntityExtensionDataArrayHeader & spotify.extendedmetadata.EntityExtensionDataArrayHeader.$Shape} EntityExtensionDataArrayHeader
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.extendedmetadata.EntityExtensionDataArrayHeader & spotify.extendedmetadata.EntityExtensionDataArrayHeader.$Shape;

            /**
             * Decodes an EntityExtensionDataArrayHeader message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.extendedmetadata.EntityExtensionDataArrayHeader & spotify.extendedmetadata.EntityExtensionDataArrayHeader.$Shape} EntityExtensionDataArrayHeader
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.extendedmetadata.EntityExtensionDataArrayHeader & spotify.extendedmetadata.EntityExtensionDataArrayHeader.$Shape;

            /**
             * Verifies an EntityExtensionDataArrayHeader message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an EntityExtensionDataArrayHeader message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EntityExtensionDataArrayHeader
             */
            static fromObject(object: { [k: string]: any }): spotify.extendedmetadata.EntityExtensionDataArrayHeader;

            /**
             * Creates a plain object from an EntityExtensionDataArrayHeader message. Also converts values to other types if specified.
             * @param message EntityExtensionDataArrayHeader
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.extendedmetadata.EntityExtensionDataArrayHeader, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EntityExtensionDataArrayHeader to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for EntityExtensionDataArrayHeader
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace EntityExtensionDataArrayHeader {

            /** Properties of an EntityExtensionDataArrayHeader. */
            interface $Properties {

                /** EntityExtensionDataArrayHeader providerErrorStatus */
                providerErrorStatus?: (number|null);

                /** EntityExtensionDataArrayHeader cacheTtlInSeconds */
                cacheTtlInSeconds?: (number|Long|null);

                /** EntityExtensionDataArrayHeader offlineTtlInSeconds */
                offlineTtlInSeconds?: (number|Long|null);

                /** EntityExtensionDataArrayHeader extensionType */
                extensionType?: (spotify.extendedmetadata.ExtensionType|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EntityExtensionDataArrayHeader. */
            type $Shape = spotify.extendedmetadata.EntityExtensionDataArrayHeader.$Properties;
        }

        /**
         * Properties of an EntityExtensionDataArray.
         * @deprecated Use spotify.extendedmetadata.EntityExtensionDataArray.$Properties instead.
         */
        interface IEntityExtensionDataArray extends spotify.extendedmetadata.EntityExtensionDataArray.$Properties {
        }

        /** Represents an EntityExtensionDataArray. */
        class EntityExtensionDataArray {

            /**
             * Constructs a new EntityExtensionDataArray.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.extendedmetadata.EntityExtensionDataArray.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EntityExtensionDataArray header. */
            header?: (spotify.extendedmetadata.EntityExtensionDataArrayHeader.$Properties|null);

            /** EntityExtensionDataArray extensionKind. */
            extensionKind: spotify.extendedmetadata.ExtensionKind;

            /** EntityExtensionDataArray extensionData. */
            extensionData: spotify.extendedmetadata.EntityExtensionData.$Properties[];

            /**
             * Creates a new EntityExtensionDataArray instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EntityExtensionDataArray instance
             */
            static create(properties: spotify.extendedmetadata.EntityExtensionDataArray.$Shape): spotify.extendedmetadata.EntityExtensionDataArray & spotify.extendedmetadata.EntityExtensionDataArray.$Shape;
            static create(properties?: spotify.extendedmetadata.EntityExtensionDataArray.$Properties): spotify.extendedmetadata.EntityExtensionDataArray;

            /**
             * Encodes the specified EntityExtensionDataArray message. Does not implicitly {@link spotify.extendedmetadata.EntityExtensionDataArray.verify|verify} messages.
             * @param message EntityExtensionDataArray message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.extendedmetadata.EntityExtensionDataArray.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified EntityExtensionDataArray message, length delimited. Does not implicitly {@link spotify.extendedmetadata.EntityExtensionDataArray.verify|verify} messages.
             * @param message EntityExtensionDataArray message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.extendedmetadata.EntityExtensionDataArray.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EntityExtensionDataArray message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.extendedmetadata.EntityExtensionDataArray & spotify.extendedmetadata.EntityExtensionDataArray.$Shape} EntityExtensionDataArray
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.extendedmetadata.EntityExtensionDataArray & spotify.extendedmetadata.EntityExtensionDataArray.$Shape;

            /**
             * Decodes an EntityExtensionDataArray message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.extendedmetadata.EntityExtensionDataArray & spotify.extendedmetadata.EntityExtensionDataArray.$Shape} EntityExtensionDataArray
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.extendedmetadata.EntityExtensionDataArray & spotify.extendedmetadata.EntityExtensionDataArray.$Shape;

            /**
             * Verifies an EntityExtensionDataArray message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an EntityExtensionDataArray message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EntityExtensionDataArray
             */
            static fromObject(object: { [k: string]: any }): spotify.extendedmetadata.EntityExtensionDataArray;

            /**
             * Creates a plain object from an EntityExtensionDataArray message. Also converts values to other types if specified.
             * @param message EntityExtensionDataArray
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.extendedmetadata.EntityExtensionDataArray, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EntityExtensionDataArray to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for EntityExtensionDataArray
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace EntityExtensionDataArray {

            /** Properties of an EntityExtensionDataArray. */
            interface $Properties {

                /** EntityExtensionDataArray header */
                header?: (spotify.extendedmetadata.EntityExtensionDataArrayHeader.$Properties|null);

                /** EntityExtensionDataArray extensionKind */
                extensionKind?: (spotify.extendedmetadata.ExtensionKind|null);

                /** EntityExtensionDataArray extensionData */
                extensionData?: (spotify.extendedmetadata.EntityExtensionData.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EntityExtensionDataArray. */
            type $Shape = spotify.extendedmetadata.EntityExtensionDataArray.$Properties;
        }

        /**
         * Properties of a BatchedExtensionResponseHeader.
         * @deprecated Use spotify.extendedmetadata.BatchedExtensionResponseHeader.$Properties instead.
         */
        interface IBatchedExtensionResponseHeader extends spotify.extendedmetadata.BatchedExtensionResponseHeader.$Properties {
        }

        /** Represents a BatchedExtensionResponseHeader. */
        class BatchedExtensionResponseHeader {

            /**
             * Constructs a new BatchedExtensionResponseHeader.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.extendedmetadata.BatchedExtensionResponseHeader.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new BatchedExtensionResponseHeader instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BatchedExtensionResponseHeader instance
             */
            static create(properties: spotify.extendedmetadata.BatchedExtensionResponseHeader.$Shape): spotify.extendedmetadata.BatchedExtensionResponseHeader & spotify.extendedmetadata.BatchedExtensionResponseHeader.$Shape;
            static create(properties?: spotify.extendedmetadata.BatchedExtensionResponseHeader.$Properties): spotify.extendedmetadata.BatchedExtensionResponseHeader;

            /**
             * Encodes the specified BatchedExtensionResponseHeader message. Does not implicitly {@link spotify.extendedmetadata.BatchedExtensionResponseHeader.verify|verify} messages.
             * @param message BatchedExtensionResponseHeader message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.extendedmetadata.BatchedExtensionResponseHeader.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified BatchedExtensionResponseHeader message, length delimited. Does not implicitly {@link spotify.extendedmetadata.BatchedExtensionResponseHeader.verify|verify} messages.
             * @param message BatchedExtensionResponseHeader message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.extendedmetadata.BatchedExtensionResponseHeader.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BatchedExtensionResponseHeader message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.extendedmetadata.BatchedExtensionResponseHeader & spotify.extendedmetadata.BatchedExtensionResponseHeader.$Shape} BatchedExtensionResponseHeader
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.extendedmetadata.BatchedExtensionResponseHeader & spotify.extendedmetadata.BatchedExtensionResponseHeader.$Shape;

            /**
             * Decodes a BatchedExtensionResponseHeader message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.extendedmetadata.BatchedExtensionResponseHeader & spotify.extendedmetadata.BatchedExtensionResponseHeader.$Shape} BatchedExtensionResponseHeader
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.extendedmetadata.BatchedExtensionResponseHeader & spotify.extendedmetadata.BatchedExtensionResponseHeader.$Shape;

            /**
             * Verifies a BatchedExtensionResponseHeader message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a BatchedExtensionResponseHeader message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns BatchedExtensionResponseHeader
             */
            static fromObject(object: { [k: string]: any }): spotify.extendedmetadata.BatchedExtensionResponseHeader;

            /**
             * Creates a plain object from a BatchedExtensionResponseHeader message. Also converts values to other types if specified.
             * @param message BatchedExtensionResponseHeader
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.extendedmetadata.BatchedExtensionResponseHeader, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this BatchedExtensionResponseHeader to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for BatchedExtensionResponseHeader
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace BatchedExtensionResponseHeader {

            /** Properties of a BatchedExtensionResponseHeader. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BatchedExtensionResponseHeader. */
            type $Shape = spotify.extendedmetadata.BatchedExtensionResponseHeader.$Properties;
        }

        /**
         * Properties of a BatchedExtensionResponse.
         * @deprecated Use spotify.extendedmetadata.BatchedExtensionResponse.$Properties instead.
         */
        interface IBatchedExtensionResponse extends spotify.extendedmetadata.BatchedExtensionResponse.$Properties {
        }

        /** Represents a BatchedExtensionResponse. */
        class BatchedExtensionResponse {

            /**
             * Constructs a new BatchedExtensionResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.extendedmetadata.BatchedExtensionResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BatchedExtensionResponse header. */
            header?: (spotify.extendedmetadata.BatchedExtensionResponseHeader.$Properties|null);

            /** BatchedExtensionResponse extendedMetadata. */
            extendedMetadata: spotify.extendedmetadata.EntityExtensionDataArray.$Properties[];

            /**
             * Creates a new BatchedExtensionResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BatchedExtensionResponse instance
             */
            static create(properties: spotify.extendedmetadata.BatchedExtensionResponse.$Shape): spotify.extendedmetadata.BatchedExtensionResponse & spotify.extendedmetadata.BatchedExtensionResponse.$Shape;
            static create(properties?: spotify.extendedmetadata.BatchedExtensionResponse.$Properties): spotify.extendedmetadata.BatchedExtensionResponse;

            /**
             * Encodes the specified BatchedExtensionResponse message. Does not implicitly {@link spotify.extendedmetadata.BatchedExtensionResponse.verify|verify} messages.
             * @param message BatchedExtensionResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.extendedmetadata.BatchedExtensionResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified BatchedExtensionResponse message, length delimited. Does not implicitly {@link spotify.extendedmetadata.BatchedExtensionResponse.verify|verify} messages.
             * @param message BatchedExtensionResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.extendedmetadata.BatchedExtensionResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BatchedExtensionResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.extendedmetadata.BatchedExtensionResponse & spotify.extendedmetadata.BatchedExtensionResponse.$Shape} BatchedExtensionResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.extendedmetadata.BatchedExtensionResponse & spotify.extendedmetadata.BatchedExtensionResponse.$Shape;

            /**
             * Decodes a BatchedExtensionResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.extendedmetadata.BatchedExtensionResponse & spotify.extendedmetadata.BatchedExtensionResponse.$Shape} BatchedExtensionResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.extendedmetadata.BatchedExtensionResponse & spotify.extendedmetadata.BatchedExtensionResponse.$Shape;

            /**
             * Verifies a BatchedExtensionResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a BatchedExtensionResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns BatchedExtensionResponse
             */
            static fromObject(object: { [k: string]: any }): spotify.extendedmetadata.BatchedExtensionResponse;

            /**
             * Creates a plain object from a BatchedExtensionResponse message. Also converts values to other types if specified.
             * @param message BatchedExtensionResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.extendedmetadata.BatchedExtensionResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this BatchedExtensionResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for BatchedExtensionResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace BatchedExtensionResponse {

            /** Properties of a BatchedExtensionResponse. */
            interface $Properties {

                /** BatchedExtensionResponse header */
                header?: (spotify.extendedmetadata.BatchedExtensionResponseHeader.$Properties|null);

                /** BatchedExtensionResponse extendedMetadata */
                extendedMetadata?: (spotify.extendedmetadata.EntityExtensionDataArray.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BatchedExtensionResponse. */
            type $Shape = spotify.extendedmetadata.BatchedExtensionResponse.$Properties;
        }

        /**
         * Properties of a NormalizationParams.
         * @deprecated Use spotify.extendedmetadata.NormalizationParams.$Properties instead.
         */
        interface INormalizationParams extends spotify.extendedmetadata.NormalizationParams.$Properties {
        }

        /** Represents a NormalizationParams. */
        class NormalizationParams {

            /**
             * Constructs a new NormalizationParams.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.extendedmetadata.NormalizationParams.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NormalizationParams loudnessDb. */
            loudnessDb: number;

            /** NormalizationParams truePeakDb. */
            truePeakDb: number;

            /**
             * Creates a new NormalizationParams instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NormalizationParams instance
             */
            static create(properties: spotify.extendedmetadata.NormalizationParams.$Shape): spotify.extendedmetadata.NormalizationParams & spotify.extendedmetadata.NormalizationParams.$Shape;
            static create(properties?: spotify.extendedmetadata.NormalizationParams.$Properties): spotify.extendedmetadata.NormalizationParams;

            /**
             * Encodes the specified NormalizationParams message. Does not implicitly {@link spotify.extendedmetadata.NormalizationParams.verify|verify} messages.
             * @param message NormalizationParams message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.extendedmetadata.NormalizationParams.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified NormalizationParams message, length delimited. Does not implicitly {@link spotify.extendedmetadata.NormalizationParams.verify|verify} messages.
             * @param message NormalizationParams message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.extendedmetadata.NormalizationParams.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NormalizationParams message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.extendedmetadata.NormalizationParams & spotify.extendedmetadata.NormalizationParams.$Shape} NormalizationParams
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.extendedmetadata.NormalizationParams & spotify.extendedmetadata.NormalizationParams.$Shape;

            /**
             * Decodes a NormalizationParams message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.extendedmetadata.NormalizationParams & spotify.extendedmetadata.NormalizationParams.$Shape} NormalizationParams
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.extendedmetadata.NormalizationParams & spotify.extendedmetadata.NormalizationParams.$Shape;

            /**
             * Verifies a NormalizationParams message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a NormalizationParams message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NormalizationParams
             */
            static fromObject(object: { [k: string]: any }): spotify.extendedmetadata.NormalizationParams;

            /**
             * Creates a plain object from a NormalizationParams message. Also converts values to other types if specified.
             * @param message NormalizationParams
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.extendedmetadata.NormalizationParams, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NormalizationParams to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for NormalizationParams
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NormalizationParams {

            /** Properties of a NormalizationParams. */
            interface $Properties {

                /** NormalizationParams loudnessDb */
                loudnessDb?: (number|null);

                /** NormalizationParams truePeakDb */
                truePeakDb?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NormalizationParams. */
            type $Shape = spotify.extendedmetadata.NormalizationParams.$Properties;
        }

        /**
         * Properties of an ExtendedAudioFile.
         * @deprecated Use spotify.extendedmetadata.ExtendedAudioFile.$Properties instead.
         */
        interface IExtendedAudioFile extends spotify.extendedmetadata.ExtendedAudioFile.$Properties {
        }

        /** Represents an ExtendedAudioFile. */
        class ExtendedAudioFile {

            /**
             * Constructs a new ExtendedAudioFile.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.extendedmetadata.ExtendedAudioFile.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ExtendedAudioFile file. */
            file?: (spotify.metadata.AudioFile.$Properties|null);

            /** ExtendedAudioFile averageBitrate. */
            averageBitrate: number;

            /**
             * Creates a new ExtendedAudioFile instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ExtendedAudioFile instance
             */
            static create(properties: spotify.extendedmetadata.ExtendedAudioFile.$Shape): spotify.extendedmetadata.ExtendedAudioFile & spotify.extendedmetadata.ExtendedAudioFile.$Shape;
            static create(properties?: spotify.extendedmetadata.ExtendedAudioFile.$Properties): spotify.extendedmetadata.ExtendedAudioFile;

            /**
             * Encodes the specified ExtendedAudioFile message. Does not implicitly {@link spotify.extendedmetadata.ExtendedAudioFile.verify|verify} messages.
             * @param message ExtendedAudioFile message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.extendedmetadata.ExtendedAudioFile.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ExtendedAudioFile message, length delimited. Does not implicitly {@link spotify.extendedmetadata.ExtendedAudioFile.verify|verify} messages.
             * @param message ExtendedAudioFile message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.extendedmetadata.ExtendedAudioFile.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ExtendedAudioFile message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.extendedmetadata.ExtendedAudioFile & spotify.extendedmetadata.ExtendedAudioFile.$Shape} ExtendedAudioFile
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.extendedmetadata.ExtendedAudioFile & spotify.extendedmetadata.ExtendedAudioFile.$Shape;

            /**
             * Decodes an ExtendedAudioFile message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.extendedmetadata.ExtendedAudioFile & spotify.extendedmetadata.ExtendedAudioFile.$Shape} ExtendedAudioFile
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.extendedmetadata.ExtendedAudioFile & spotify.extendedmetadata.ExtendedAudioFile.$Shape;

            /**
             * Verifies an ExtendedAudioFile message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an ExtendedAudioFile message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ExtendedAudioFile
             */
            static fromObject(object: { [k: string]: any }): spotify.extendedmetadata.ExtendedAudioFile;

            /**
             * Creates a plain object from an ExtendedAudioFile message. Also converts values to other types if specified.
             * @param message ExtendedAudioFile
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.extendedmetadata.ExtendedAudioFile, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ExtendedAudioFile to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ExtendedAudioFile
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ExtendedAudioFile {

            /** Properties of an ExtendedAudioFile. */
            interface $Properties {

                /** ExtendedAudioFile file */
                file?: (spotify.metadata.AudioFile.$Properties|null);

                /** ExtendedAudioFile averageBitrate */
                averageBitrate?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ExtendedAudioFile. */
            type $Shape = spotify.extendedmetadata.ExtendedAudioFile.$Properties;
        }

        /**
         * Properties of an AudioFilesExtensionResponse.
         * @deprecated Use spotify.extendedmetadata.AudioFilesExtensionResponse.$Properties instead.
         */
        interface IAudioFilesExtensionResponse extends spotify.extendedmetadata.AudioFilesExtensionResponse.$Properties {
        }

        /** Represents an AudioFilesExtensionResponse. */
        class AudioFilesExtensionResponse {

            /**
             * Constructs a new AudioFilesExtensionResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.extendedmetadata.AudioFilesExtensionResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AudioFilesExtensionResponse files. */
            files: spotify.extendedmetadata.ExtendedAudioFile.$Properties[];

            /** AudioFilesExtensionResponse defaultFileNormalizationParams. */
            defaultFileNormalizationParams?: (spotify.extendedmetadata.NormalizationParams.$Properties|null);

            /** AudioFilesExtensionResponse defaultAlbumNormalizationParams. */
            defaultAlbumNormalizationParams?: (spotify.extendedmetadata.NormalizationParams.$Properties|null);

            /** AudioFilesExtensionResponse audioId. */
            audioId: Uint8Array;

            /**
             * Creates a new AudioFilesExtensionResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AudioFilesExtensionResponse instance
             */
            static create(properties: spotify.extendedmetadata.AudioFilesExtensionResponse.$Shape): spotify.extendedmetadata.AudioFilesExtensionResponse & spotify.extendedmetadata.AudioFilesExtensionResponse.$Shape;
            static create(properties?: spotify.extendedmetadata.AudioFilesExtensionResponse.$Properties): spotify.extendedmetadata.AudioFilesExtensionResponse;

            /**
             * Encodes the specified AudioFilesExtensionResponse message. Does not implicitly {@link spotify.extendedmetadata.AudioFilesExtensionResponse.verify|verify} messages.
             * @param message AudioFilesExtensionResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.extendedmetadata.AudioFilesExtensionResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified AudioFilesExtensionResponse message, length delimited. Does not implicitly {@link spotify.extendedmetadata.AudioFilesExtensionResponse.verify|verify} messages.
             * @param message AudioFilesExtensionResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.extendedmetadata.AudioFilesExtensionResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AudioFilesExtensionResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.extendedmetadata.AudioFilesExtensionResponse & spotify.extendedmetadata.AudioFilesExtensionResponse.$Shape} AudioFilesExtensionResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.extendedmetadata.AudioFilesExtensionResponse & spotify.extendedmetadata.AudioFilesExtensionResponse.$Shape;

            /**
             * Decodes an AudioFilesExtensionResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.extendedmetadata.AudioFilesExtensionResponse & spotify.extendedmetadata.AudioFilesExtensionResponse.$Shape} AudioFilesExtensionResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.extendedmetadata.AudioFilesExtensionResponse & spotify.extendedmetadata.AudioFilesExtensionResponse.$Shape;

            /**
             * Verifies an AudioFilesExtensionResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AudioFilesExtensionResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AudioFilesExtensionResponse
             */
            static fromObject(object: { [k: string]: any }): spotify.extendedmetadata.AudioFilesExtensionResponse;

            /**
             * Creates a plain object from an AudioFilesExtensionResponse message. Also converts values to other types if specified.
             * @param message AudioFilesExtensionResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.extendedmetadata.AudioFilesExtensionResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AudioFilesExtensionResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AudioFilesExtensionResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AudioFilesExtensionResponse {

            /** Properties of an AudioFilesExtensionResponse. */
            interface $Properties {

                /** AudioFilesExtensionResponse files */
                files?: (spotify.extendedmetadata.ExtendedAudioFile.$Properties[]|null);

                /** AudioFilesExtensionResponse defaultFileNormalizationParams */
                defaultFileNormalizationParams?: (spotify.extendedmetadata.NormalizationParams.$Properties|null);

                /** AudioFilesExtensionResponse defaultAlbumNormalizationParams */
                defaultAlbumNormalizationParams?: (spotify.extendedmetadata.NormalizationParams.$Properties|null);

                /** AudioFilesExtensionResponse audioId */
                audioId?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AudioFilesExtensionResponse. */
            type $Shape = spotify.extendedmetadata.AudioFilesExtensionResponse.$Properties;
        }
    }

    /** Namespace metadata. */
    namespace metadata {

        /**
         * Properties of an AudioFile.
         * @deprecated Use spotify.metadata.AudioFile.$Properties instead.
         */
        interface IAudioFile extends spotify.metadata.AudioFile.$Properties {
        }

        /** Represents an AudioFile. */
        class AudioFile {

            /**
             * Constructs a new AudioFile.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.metadata.AudioFile.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AudioFile fileId. */
            fileId: Uint8Array;

            /** AudioFile format. */
            format: spotify.metadata.AudioFile.Format;

            /**
             * Creates a new AudioFile instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AudioFile instance
             */
            static create(properties: spotify.metadata.AudioFile.$Shape): spotify.metadata.AudioFile & spotify.metadata.AudioFile.$Shape;
            static create(properties?: spotify.metadata.AudioFile.$Properties): spotify.metadata.AudioFile;

            /**
             * Encodes the specified AudioFile message. Does not implicitly {@link spotify.metadata.AudioFile.verify|verify} messages.
             * @param message AudioFile message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.metadata.AudioFile.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified AudioFile message, length delimited. Does not implicitly {@link spotify.metadata.AudioFile.verify|verify} messages.
             * @param message AudioFile message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.metadata.AudioFile.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AudioFile message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.metadata.AudioFile & spotify.metadata.AudioFile.$Shape} AudioFile
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.metadata.AudioFile & spotify.metadata.AudioFile.$Shape;

            /**
             * Decodes an AudioFile message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.metadata.AudioFile & spotify.metadata.AudioFile.$Shape} AudioFile
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.metadata.AudioFile & spotify.metadata.AudioFile.$Shape;

            /**
             * Verifies an AudioFile message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AudioFile message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AudioFile
             */
            static fromObject(object: { [k: string]: any }): spotify.metadata.AudioFile;

            /**
             * Creates a plain object from an AudioFile message. Also converts values to other types if specified.
             * @param message AudioFile
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.metadata.AudioFile, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AudioFile to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AudioFile
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AudioFile {

            /** Properties of an AudioFile. */
            interface $Properties {

                /** AudioFile fileId */
                fileId?: (Uint8Array|null);

                /** AudioFile format */
                format?: (spotify.metadata.AudioFile.Format|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AudioFile. */
            type $Shape = spotify.metadata.AudioFile.$Properties;

            /** Format enum. */
            enum Format {

                /** OGG_VORBIS_96 value */
                OGG_VORBIS_96 = 0,

                /** OGG_VORBIS_160 value */
                OGG_VORBIS_160 = 1,

                /** OGG_VORBIS_320 value */
                OGG_VORBIS_320 = 2,

                /** MP3_256 value */
                MP3_256 = 3,

                /** MP3_320 value */
                MP3_320 = 4,

                /** MP3_160 value */
                MP3_160 = 5,

                /** MP3_96 value */
                MP3_96 = 6,

                /** MP3_160_ENC value */
                MP3_160_ENC = 7,

                /** AAC_24 value */
                AAC_24 = 8,

                /** AAC_48 value */
                AAC_48 = 9,

                /** AAC_160 value */
                AAC_160 = 10,

                /** AAC_320 value */
                AAC_320 = 11,

                /** MP4_128 value */
                MP4_128 = 12,

                /** OTHER5 value */
                OTHER5 = 13,

                /** FLAC_FLAC value */
                FLAC_FLAC = 16,

                /** XHE_AAC_24 value */
                XHE_AAC_24 = 18,

                /** XHE_AAC_16 value */
                XHE_AAC_16 = 19,

                /** XHE_AAC_12 value */
                XHE_AAC_12 = 20,

                /** FLAC_FLAC_24BIT value */
                FLAC_FLAC_24BIT = 22
            }
        }

        /**
         * Properties of an Artist.
         * @deprecated Use spotify.metadata.Artist.$Properties instead.
         */
        interface IArtist extends spotify.metadata.Artist.$Properties {
        }

        /** Represents an Artist. */
        class Artist {

            /**
             * Constructs a new Artist.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.metadata.Artist.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Artist gid. */
            gid: Uint8Array;

            /** Artist name. */
            name: string;

            /**
             * Creates a new Artist instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Artist instance
             */
            static create(properties: spotify.metadata.Artist.$Shape): spotify.metadata.Artist & spotify.metadata.Artist.$Shape;
            static create(properties?: spotify.metadata.Artist.$Properties): spotify.metadata.Artist;

            /**
             * Encodes the specified Artist message. Does not implicitly {@link spotify.metadata.Artist.verify|verify} messages.
             * @param message Artist message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.metadata.Artist.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Artist message, length delimited. Does not implicitly {@link spotify.metadata.Artist.verify|verify} messages.
             * @param message Artist message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.metadata.Artist.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Artist message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.metadata.Artist & spotify.metadata.Artist.$Shape} Artist
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.metadata.Artist & spotify.metadata.Artist.$Shape;

            /**
             * Decodes an Artist message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.metadata.Artist & spotify.metadata.Artist.$Shape} Artist
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.metadata.Artist & spotify.metadata.Artist.$Shape;

            /**
             * Verifies an Artist message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Artist message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Artist
             */
            static fromObject(object: { [k: string]: any }): spotify.metadata.Artist;

            /**
             * Creates a plain object from an Artist message. Also converts values to other types if specified.
             * @param message Artist
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.metadata.Artist, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Artist to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Artist
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Artist {

            /** Properties of an Artist. */
            interface $Properties {

                /** Artist gid */
                gid?: (Uint8Array|null);

                /** Artist name */
                name?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Artist. */
            type $Shape = spotify.metadata.Artist.$Properties;
        }

        /**
         * Properties of a Date.
         * @deprecated Use spotify.metadata.Date.$Properties instead.
         */
        interface IDate extends spotify.metadata.Date.$Properties {
        }

        /** Represents a Date. */
        class Date {

            /**
             * Constructs a new Date.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.metadata.Date.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Date year. */
            year: number;

            /** Date month. */
            month: number;

            /** Date day. */
            day: number;

            /**
             * Creates a new Date instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Date instance
             */
            static create(properties: spotify.metadata.Date.$Shape): spotify.metadata.Date & spotify.metadata.Date.$Shape;
            static create(properties?: spotify.metadata.Date.$Properties): spotify.metadata.Date;

            /**
             * Encodes the specified Date message. Does not implicitly {@link spotify.metadata.Date.verify|verify} messages.
             * @param message Date message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.metadata.Date.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Date message, length delimited. Does not implicitly {@link spotify.metadata.Date.verify|verify} messages.
             * @param message Date message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.metadata.Date.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Date message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.metadata.Date & spotify.metadata.Date.$Shape} Date
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.metadata.Date & spotify.metadata.Date.$Shape;

            /**
             * Decodes a Date message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.metadata.Date & spotify.metadata.Date.$Shape} Date
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.metadata.Date & spotify.metadata.Date.$Shape;

            /**
             * Verifies a Date message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Date message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Date
             */
            static fromObject(object: { [k: string]: any }): spotify.metadata.Date;

            /**
             * Creates a plain object from a Date message. Also converts values to other types if specified.
             * @param message Date
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.metadata.Date, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Date to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Date
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Date {

            /** Properties of a Date. */
            interface $Properties {

                /** Date year */
                year?: (number|null);

                /** Date month */
                month?: (number|null);

                /** Date day */
                day?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Date. */
            type $Shape = spotify.metadata.Date.$Properties;
        }

        /**
         * Properties of an Image.
         * @deprecated Use spotify.metadata.Image.$Properties instead.
         */
        interface IImage extends spotify.metadata.Image.$Properties {
        }

        /** Represents an Image. */
        class Image {

            /**
             * Constructs a new Image.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.metadata.Image.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Image fileId. */
            fileId: Uint8Array;

            /** Image size. */
            size: spotify.metadata.Image.Size;

            /** Image width. */
            width: number;

            /** Image height. */
            height: number;

            /**
             * Creates a new Image instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Image instance
             */
            static create(properties: spotify.metadata.Image.$Shape): spotify.metadata.Image & spotify.metadata.Image.$Shape;
            static create(properties?: spotify.metadata.Image.$Properties): spotify.metadata.Image;

            /**
             * Encodes the specified Image message. Does not implicitly {@link spotify.metadata.Image.verify|verify} messages.
             * @param message Image message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.metadata.Image.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Image message, length delimited. Does not implicitly {@link spotify.metadata.Image.verify|verify} messages.
             * @param message Image message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.metadata.Image.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Image message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.metadata.Image & spotify.metadata.Image.$Shape} Image
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.metadata.Image & spotify.metadata.Image.$Shape;

            /**
             * Decodes an Image message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.metadata.Image & spotify.metadata.Image.$Shape} Image
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.metadata.Image & spotify.metadata.Image.$Shape;

            /**
             * Verifies an Image message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Image message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Image
             */
            static fromObject(object: { [k: string]: any }): spotify.metadata.Image;

            /**
             * Creates a plain object from an Image message. Also converts values to other types if specified.
             * @param message Image
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.metadata.Image, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Image to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Image
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Image {

            /** Properties of an Image. */
            interface $Properties {

                /** Image fileId */
                fileId?: (Uint8Array|null);

                /** Image size */
                size?: (spotify.metadata.Image.Size|null);

                /** Image width */
                width?: (number|null);

                /** Image height */
                height?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Image. */
            type $Shape = spotify.metadata.Image.$Properties;

            /** Size enum. */
            enum Size {

                /** DEFAULT value */
                DEFAULT = 0,

                /** SMALL value */
                SMALL = 1,

                /** LARGE value */
                LARGE = 2,

                /** XLARGE value */
                XLARGE = 3
            }
        }

        /**
         * Properties of an ImageGroup.
         * @deprecated Use spotify.metadata.ImageGroup.$Properties instead.
         */
        interface IImageGroup extends spotify.metadata.ImageGroup.$Properties {
        }

        /** Represents an ImageGroup. */
        class ImageGroup {

            /**
             * Constructs a new ImageGroup.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.metadata.ImageGroup.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ImageGroup image. */
            image: spotify.metadata.Image.$Properties[];

            /**
             * Creates a new ImageGroup instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ImageGroup instance
             */
            static create(properties: spotify.metadata.ImageGroup.$Shape): spotify.metadata.ImageGroup & spotify.metadata.ImageGroup.$Shape;
            static create(properties?: spotify.metadata.ImageGroup.$Properties): spotify.metadata.ImageGroup;

            /**
             * Encodes the specified ImageGroup message. Does not implicitly {@link spotify.metadata.ImageGroup.verify|verify} messages.
             * @param message ImageGroup message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.metadata.ImageGroup.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ImageGroup message, length delimited. Does not implicitly {@link spotify.metadata.ImageGroup.verify|verify} messages.
             * @param message ImageGroup message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.metadata.ImageGroup.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ImageGroup message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.metadata.ImageGroup & spotify.metadata.ImageGroup.$Shape} ImageGroup
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.metadata.ImageGroup & spotify.metadata.ImageGroup.$Shape;

            /**
             * Decodes an ImageGroup message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.metadata.ImageGroup & spotify.metadata.ImageGroup.$Shape} ImageGroup
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.metadata.ImageGroup & spotify.metadata.ImageGroup.$Shape;

            /**
             * Verifies an ImageGroup message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an ImageGroup message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ImageGroup
             */
            static fromObject(object: { [k: string]: any }): spotify.metadata.ImageGroup;

            /**
             * Creates a plain object from an ImageGroup message. Also converts values to other types if specified.
             * @param message ImageGroup
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.metadata.ImageGroup, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ImageGroup to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ImageGroup
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ImageGroup {

            /** Properties of an ImageGroup. */
            interface $Properties {

                /** ImageGroup image */
                image?: (spotify.metadata.Image.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ImageGroup. */
            type $Shape = spotify.metadata.ImageGroup.$Properties;
        }

        /**
         * Properties of an Album.
         * @deprecated Use spotify.metadata.Album.$Properties instead.
         */
        interface IAlbum extends spotify.metadata.Album.$Properties {
        }

        /** Represents an Album. */
        class Album {

            /**
             * Constructs a new Album.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.metadata.Album.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Album gid. */
            gid: Uint8Array;

            /** Album name. */
            name: string;

            /** Album artist. */
            artist: spotify.metadata.Artist.$Properties[];

            /** Album date. */
            date?: (spotify.metadata.Date.$Properties|null);

            /** Album cover. */
            cover: spotify.metadata.Image.$Properties[];

            /** Album coverGroup. */
            coverGroup?: (spotify.metadata.ImageGroup.$Properties|null);

            /**
             * Creates a new Album instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Album instance
             */
            static create(properties: spotify.metadata.Album.$Shape): spotify.metadata.Album & spotify.metadata.Album.$Shape;
            static create(properties?: spotify.metadata.Album.$Properties): spotify.metadata.Album;

            /**
             * Encodes the specified Album message. Does not implicitly {@link spotify.metadata.Album.verify|verify} messages.
             * @param message Album message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.metadata.Album.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Album message, length delimited. Does not implicitly {@link spotify.metadata.Album.verify|verify} messages.
             * @param message Album message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.metadata.Album.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Album message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.metadata.Album & spotify.metadata.Album.$Shape} Album
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.metadata.Album & spotify.metadata.Album.$Shape;

            /**
             * Decodes an Album message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.metadata.Album & spotify.metadata.Album.$Shape} Album
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.metadata.Album & spotify.metadata.Album.$Shape;

            /**
             * Verifies an Album message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Album message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Album
             */
            static fromObject(object: { [k: string]: any }): spotify.metadata.Album;

            /**
             * Creates a plain object from an Album message. Also converts values to other types if specified.
             * @param message Album
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.metadata.Album, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Album to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Album
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Album {

            /** Properties of an Album. */
            interface $Properties {

                /** Album gid */
                gid?: (Uint8Array|null);

                /** Album name */
                name?: (string|null);

                /** Album artist */
                artist?: (spotify.metadata.Artist.$Properties[]|null);

                /** Album date */
                date?: (spotify.metadata.Date.$Properties|null);

                /** Album cover */
                cover?: (spotify.metadata.Image.$Properties[]|null);

                /** Album coverGroup */
                coverGroup?: (spotify.metadata.ImageGroup.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Album. */
            type $Shape = spotify.metadata.Album.$Properties;
        }

        /**
         * Properties of a Restriction.
         * @deprecated Use spotify.metadata.Restriction.$Properties instead.
         */
        interface IRestriction extends spotify.metadata.Restriction.$Properties {
        }

        /** Represents a Restriction. */
        class Restriction {

            /**
             * Constructs a new Restriction.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.metadata.Restriction.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Restriction countriesAllowed. */
            countriesAllowed: string;

            /** Restriction countriesForbidden. */
            countriesForbidden: string;

            /** Restriction catalogueStr. */
            catalogueStr: string[];

            /**
             * Creates a new Restriction instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Restriction instance
             */
            static create(properties: spotify.metadata.Restriction.$Shape): spotify.metadata.Restriction & spotify.metadata.Restriction.$Shape;
            static create(properties?: spotify.metadata.Restriction.$Properties): spotify.metadata.Restriction;

            /**
             * Encodes the specified Restriction message. Does not implicitly {@link spotify.metadata.Restriction.verify|verify} messages.
             * @param message Restriction message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.metadata.Restriction.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Restriction message, length delimited. Does not implicitly {@link spotify.metadata.Restriction.verify|verify} messages.
             * @param message Restriction message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.metadata.Restriction.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Restriction message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.metadata.Restriction & spotify.metadata.Restriction.$Shape} Restriction
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.metadata.Restriction & spotify.metadata.Restriction.$Shape;

            /**
             * Decodes a Restriction message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.metadata.Restriction & spotify.metadata.Restriction.$Shape} Restriction
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.metadata.Restriction & spotify.metadata.Restriction.$Shape;

            /**
             * Verifies a Restriction message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Restriction message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Restriction
             */
            static fromObject(object: { [k: string]: any }): spotify.metadata.Restriction;

            /**
             * Creates a plain object from a Restriction message. Also converts values to other types if specified.
             * @param message Restriction
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.metadata.Restriction, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Restriction to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Restriction
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Restriction {

            /** Properties of a Restriction. */
            interface $Properties {

                /** Restriction countriesAllowed */
                countriesAllowed?: (string|null);

                /** Restriction countriesForbidden */
                countriesForbidden?: (string|null);

                /** Restriction catalogueStr */
                catalogueStr?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Restriction. */
            type $Shape = spotify.metadata.Restriction.$Properties;
        }

        /**
         * Properties of a Show.
         * @deprecated Use spotify.metadata.Show.$Properties instead.
         */
        interface IShow extends spotify.metadata.Show.$Properties {
        }

        /** Represents a Show. */
        class Show {

            /**
             * Constructs a new Show.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.metadata.Show.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Show gid. */
            gid: Uint8Array;

            /** Show name. */
            name: string;

            /** Show coverImage. */
            coverImage?: (spotify.metadata.ImageGroup.$Properties|null);

            /**
             * Creates a new Show instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Show instance
             */
            static create(properties: spotify.metadata.Show.$Shape): spotify.metadata.Show & spotify.metadata.Show.$Shape;
            static create(properties?: spotify.metadata.Show.$Properties): spotify.metadata.Show;

            /**
             * Encodes the specified Show message. Does not implicitly {@link spotify.metadata.Show.verify|verify} messages.
             * @param message Show message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.metadata.Show.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Show message, length delimited. Does not implicitly {@link spotify.metadata.Show.verify|verify} messages.
             * @param message Show message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.metadata.Show.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Show message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.metadata.Show & spotify.metadata.Show.$Shape} Show
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.metadata.Show & spotify.metadata.Show.$Shape;

            /**
             * Decodes a Show message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.metadata.Show & spotify.metadata.Show.$Shape} Show
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.metadata.Show & spotify.metadata.Show.$Shape;

            /**
             * Verifies a Show message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Show message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Show
             */
            static fromObject(object: { [k: string]: any }): spotify.metadata.Show;

            /**
             * Creates a plain object from a Show message. Also converts values to other types if specified.
             * @param message Show
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.metadata.Show, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Show to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Show
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Show {

            /** Properties of a Show. */
            interface $Properties {

                /** Show gid */
                gid?: (Uint8Array|null);

                /** Show name */
                name?: (string|null);

                /** Show coverImage */
                coverImage?: (spotify.metadata.ImageGroup.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Show. */
            type $Shape = spotify.metadata.Show.$Properties;
        }

        /**
         * Properties of a Track.
         * @deprecated Use spotify.metadata.Track.$Properties instead.
         */
        interface ITrack extends spotify.metadata.Track.$Properties {
        }

        /** Represents a Track. */
        class Track {

            /**
             * Constructs a new Track.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.metadata.Track.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Track gid. */
            gid: Uint8Array;

            /** Track name. */
            name: string;

            /** Track album. */
            album?: (spotify.metadata.Album.$Properties|null);

            /** Track artist. */
            artist: spotify.metadata.Artist.$Properties[];

            /** Track number. */
            number: number;

            /** Track discNumber. */
            discNumber: number;

            /** Track duration. */
            duration: number;

            /** Track popularity. */
            popularity: number;

            /** Track explicit. */
            explicit: boolean;

            /** Track restriction. */
            restriction: spotify.metadata.Restriction.$Properties[];

            /** Track file. */
            file: spotify.metadata.AudioFile.$Properties[];

            /** Track alternative. */
            alternative: spotify.metadata.Track.$Properties[];

            /** Track languageOfPerformance. */
            languageOfPerformance: string[];

            /**
             * Creates a new Track instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Track instance
             */
            static create(properties: spotify.metadata.Track.$Shape): spotify.metadata.Track & spotify.metadata.Track.$Shape;
            static create(properties?: spotify.metadata.Track.$Properties): spotify.metadata.Track;

            /**
             * Encodes the specified Track message. Does not implicitly {@link spotify.metadata.Track.verify|verify} messages.
             * @param message Track message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.metadata.Track.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Track message, length delimited. Does not implicitly {@link spotify.metadata.Track.verify|verify} messages.
             * @param message Track message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.metadata.Track.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Track message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.metadata.Track & spotify.metadata.Track.$Shape} Track
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.metadata.Track & spotify.metadata.Track.$Shape;

            /**
             * Decodes a Track message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.metadata.Track & spotify.metadata.Track.$Shape} Track
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.metadata.Track & spotify.metadata.Track.$Shape;

            /**
             * Verifies a Track message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Track message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Track
             */
            static fromObject(object: { [k: string]: any }): spotify.metadata.Track;

            /**
             * Creates a plain object from a Track message. Also converts values to other types if specified.
             * @param message Track
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.metadata.Track, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Track to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Track
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Track {

            /** Properties of a Track. */
            interface $Properties {

                /** Track gid */
                gid?: (Uint8Array|null);

                /** Track name */
                name?: (string|null);

                /** Track album */
                album?: (spotify.metadata.Album.$Properties|null);

                /** Track artist */
                artist?: (spotify.metadata.Artist.$Properties[]|null);

                /** Track number */
                number?: (number|null);

                /** Track discNumber */
                discNumber?: (number|null);

                /** Track duration */
                duration?: (number|null);

                /** Track popularity */
                popularity?: (number|null);

                /** Track explicit */
                explicit?: (boolean|null);

                /** Track restriction */
                restriction?: (spotify.metadata.Restriction.$Properties[]|null);

                /** Track file */
                file?: (spotify.metadata.AudioFile.$Properties[]|null);

                /** Track alternative */
                alternative?: (spotify.metadata.Track.$Properties[]|null);

                /** Track languageOfPerformance */
                languageOfPerformance?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Track. */
            type $Shape = spotify.metadata.Track.$Properties;
        }

        /**
         * Properties of an Episode.
         * @deprecated Use spotify.metadata.Episode.$Properties instead.
         */
        interface IEpisode extends spotify.metadata.Episode.$Properties {
        }

        /** Represents an Episode. */
        class Episode {

            /**
             * Constructs a new Episode.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.metadata.Episode.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Episode gid. */
            gid: Uint8Array;

            /** Episode name. */
            name: string;

            /** Episode duration. */
            duration: number;

            /** Episode audio. */
            audio: spotify.metadata.AudioFile.$Properties[];

            /** Episode description. */
            description: string;

            /** Episode publishTime. */
            publishTime?: (spotify.metadata.Date.$Properties|null);

            /** Episode coverImage. */
            coverImage?: (spotify.metadata.ImageGroup.$Properties|null);

            /** Episode language. */
            language: string;

            /** Episode explicit. */
            explicit: boolean;

            /** Episode show. */
            show?: (spotify.metadata.Show.$Properties|null);

            /** Episode restriction. */
            restriction: spotify.metadata.Restriction.$Properties[];

            /** Episode externalUrl. */
            externalUrl: string;

            /**
             * Creates a new Episode instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Episode instance
             */
            static create(properties: spotify.metadata.Episode.$Shape): spotify.metadata.Episode & spotify.metadata.Episode.$Shape;
            static create(properties?: spotify.metadata.Episode.$Properties): spotify.metadata.Episode;

            /**
             * Encodes the specified Episode message. Does not implicitly {@link spotify.metadata.Episode.verify|verify} messages.
             * @param message Episode message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.metadata.Episode.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Episode message, length delimited. Does not implicitly {@link spotify.metadata.Episode.verify|verify} messages.
             * @param message Episode message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.metadata.Episode.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Episode message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.metadata.Episode & spotify.metadata.Episode.$Shape} Episode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.metadata.Episode & spotify.metadata.Episode.$Shape;

            /**
             * Decodes an Episode message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.metadata.Episode & spotify.metadata.Episode.$Shape} Episode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.metadata.Episode & spotify.metadata.Episode.$Shape;

            /**
             * Verifies an Episode message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Episode message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Episode
             */
            static fromObject(object: { [k: string]: any }): spotify.metadata.Episode;

            /**
             * Creates a plain object from an Episode message. Also converts values to other types if specified.
             * @param message Episode
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.metadata.Episode, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Episode to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Episode
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Episode {

            /** Properties of an Episode. */
            interface $Properties {

                /** Episode gid */
                gid?: (Uint8Array|null);

                /** Episode name */
                name?: (string|null);

                /** Episode duration */
                duration?: (number|null);

                /** Episode audio */
                audio?: (spotify.metadata.AudioFile.$Properties[]|null);

                /** Episode description */
                description?: (string|null);

                /** Episode publishTime */
                publishTime?: (spotify.metadata.Date.$Properties|null);

                /** Episode coverImage */
                coverImage?: (spotify.metadata.ImageGroup.$Properties|null);

                /** Episode language */
                language?: (string|null);

                /** Episode explicit */
                explicit?: (boolean|null);

                /** Episode show */
                show?: (spotify.metadata.Show.$Properties|null);

                /** Episode restriction */
                restriction?: (spotify.metadata.Restriction.$Properties[]|null);

                /** Episode externalUrl */
                externalUrl?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Episode. */
            type $Shape = spotify.metadata.Episode.$Properties;
        }
    }
}

/** Namespace google. */
export namespace google {

    /** Namespace protobuf. */
    namespace protobuf {

        /**
         * Properties of an Any.
         * @deprecated Use google.protobuf.Any.$Properties instead.
         */
        interface IAny extends google.protobuf.Any.$Properties {
        }

        /** Represents an Any. */
        class Any {

            /**
             * Constructs a new Any.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.Any.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Any type_url. */
            type_url: string;

            /** Any value. */
            value: Uint8Array;

            /**
             * Creates a new Any instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Any instance
             */
            static create(properties: google.protobuf.Any.$Shape): google.protobuf.Any & google.protobuf.Any.$Shape;
            static create(properties?: google.protobuf.Any.$Properties): google.protobuf.Any;

            /**
             * Encodes the specified Any message. Does not implicitly {@link google.protobuf.Any.verify|verify} messages.
             * @param message Any message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.protobuf.Any.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Any message, length delimited. Does not implicitly {@link google.protobuf.Any.verify|verify} messages.
             * @param message Any message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: google.protobuf.Any.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Any message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.protobuf.Any & google.protobuf.Any.$Shape} Any
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Any & google.protobuf.Any.$Shape;

            /**
             * Decodes an Any message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {google.protobuf.Any & google.protobuf.Any.$Shape} Any
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.Any & google.protobuf.Any.$Shape;

            /**
             * Verifies an Any message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Any message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Any
             */
            static fromObject(object: { [k: string]: any }): google.protobuf.Any;

            /**
             * Creates a plain object from an Any message. Also converts values to other types if specified.
             * @param message Any
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: google.protobuf.Any, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Any to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Any
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Any {

            /** Properties of an Any. */
            interface $Properties {

                /** Any type_url */
                type_url?: (string|null);

                /** Any value */
                value?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Any. */
            type $Shape = google.protobuf.Any.$Properties;
        }
    }
}
