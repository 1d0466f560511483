import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace google. */
export namespace google {

    /** Namespace protobuf. */
    namespace protobuf {

        /**
         * Properties of a Duration.
         * @deprecated Use google.protobuf.Duration.$Properties instead.
         */
        interface IDuration extends google.protobuf.Duration.$Properties {
        }

        /** Represents a Duration. */
        class Duration {

            /**
             * Constructs a new Duration.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.Duration.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Duration seconds. */
            seconds: (number|Long);

            /** Duration nanos. */
            nanos: number;

            /**
             * Creates a new Duration instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Duration instance
             */
            static create(properties: google.protobuf.Duration.$Shape): google.protobuf.Duration & google.protobuf.Duration.$Shape;
            static create(properties?: google.protobuf.Duration.$Properties): google.protobuf.Duration;

            /**
             * Encodes the specified Duration message. Does not implicitly {@link google.protobuf.Duration.verify|verify} messages.
             * @param message Duration message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.protobuf.Duration.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Duration message, length delimited. Does not implicitly {@link google.protobuf.Duration.verify|verify} messages.
             * @param message Duration message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: google.protobuf.Duration.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Duration message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.protobuf.Duration & google.protobuf.Duration.$Shape} Duration
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Duration & google.protobuf.Duration.$Shape;

            /**
             * Decodes a Duration message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {google.protobuf.Duration & google.protobuf.Duration.$Shape} Duration
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.Duration & google.protobuf.Duration.$Shape;

            /**
             * Verifies a Duration message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Duration message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Duration
             */
            static fromObject(object: { [k: string]: any }): google.protobuf.Duration;

            /**
             * Creates a plain object from a Duration message. Also converts values to other types if specified.
             * @param message Duration
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: google.protobuf.Duration, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Duration to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Duration
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Duration {

            /** Properties of a Duration. */
            interface $Properties {

                /** Duration seconds */
                seconds?: (number|Long|null);

                /** Duration nanos */
                nanos?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Duration. */
            type $Shape = google.protobuf.Duration.$Properties;
        }
    }
}

/** Namespace spotify. */
export namespace spotify {

    /** Namespace login5. */
    namespace login5 {

        /** Namespace v3. */
        namespace v3 {

            /**
             * Properties of a ClientInfo.
             * @deprecated Use spotify.login5.v3.ClientInfo.$Properties instead.
             */
            interface IClientInfo extends spotify.login5.v3.ClientInfo.$Properties {
            }

            /** Represents a ClientInfo. */
            class ClientInfo {

                /**
                 * Constructs a new ClientInfo.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: spotify.login5.v3.ClientInfo.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ClientInfo clientId. */
                clientId: string;

                /** ClientInfo deviceId. */
                deviceId: string;

                /**
                 * Creates a new ClientInfo instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ClientInfo instance
                 */
                static create(properties: spotify.login5.v3.ClientInfo.$Shape): spotify.login5.v3.ClientInfo & spotify.login5.v3.ClientInfo.$Shape;
                static create(properties?: spotify.login5.v3.ClientInfo.$Properties): spotify.login5.v3.ClientInfo;

                /**
                 * Encodes the specified ClientInfo message. Does not implicitly {@link spotify.login5.v3.ClientInfo.verify|verify} messages.
                 * @param message ClientInfo message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: spotify.login5.v3.ClientInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ClientInfo message, length delimited. Does not implicitly {@link spotify.login5.v3.ClientInfo.verify|verify} messages.
                 * @param message ClientInfo message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: spotify.login5.v3.ClientInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ClientInfo message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {spotify.login5.v3.ClientInfo & spotify.login5.v3.ClientInfo.$Shape} ClientInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.login5.v3.ClientInfo & spotify.login5.v3.ClientInfo.$Shape;

                /**
                 * Decodes a ClientInfo message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {spotify.login5.v3.ClientInfo & spotify.login5.v3.ClientInfo.$Shape} ClientInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.login5.v3.ClientInfo & spotify.login5.v3.ClientInfo.$Shape;

                /**
                 * Verifies a ClientInfo message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ClientInfo message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ClientInfo
                 */
                static fromObject(object: { [k: string]: any }): spotify.login5.v3.ClientInfo;

                /**
                 * Creates a plain object from a ClientInfo message. Also converts values to other types if specified.
                 * @param message ClientInfo
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: spotify.login5.v3.ClientInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ClientInfo to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ClientInfo
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ClientInfo {

                /** Properties of a ClientInfo. */
                interface $Properties {

                    /** ClientInfo clientId */
                    clientId?: (string|null);

                    /** ClientInfo deviceId */
                    deviceId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ClientInfo. */
                type $Shape = spotify.login5.v3.ClientInfo.$Properties;
            }

            /**
             * Properties of a StoredCredential.
             * @deprecated Use spotify.login5.v3.StoredCredential.$Properties instead.
             */
            interface IStoredCredential extends spotify.login5.v3.StoredCredential.$Properties {
            }

            /** Represents a StoredCredential. */
            class StoredCredential {

                /**
                 * Constructs a new StoredCredential.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: spotify.login5.v3.StoredCredential.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** StoredCredential username. */
                username: string;

                /** StoredCredential data. */
                data: Uint8Array;

                /**
                 * Creates a new StoredCredential instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns StoredCredential instance
                 */
                static create(properties: spotify.login5.v3.StoredCredential.$Shape): spotify.login5.v3.StoredCredential & spotify.login5.v3.StoredCredential.$Shape;
                static create(properties?: spotify.login5.v3.StoredCredential.$Properties): spotify.login5.v3.StoredCredential;

                /**
                 * Encodes the specified StoredCredential message. Does not implicitly {@link spotify.login5.v3.StoredCredential.verify|verify} messages.
                 * @param message StoredCredential message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: spotify.login5.v3.StoredCredential.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified StoredCredential message, length delimited. Does not implicitly {@link spotify.login5.v3.StoredCredential.verify|verify} messages.
                 * @param message StoredCredential message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: spotify.login5.v3.StoredCredential.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StoredCredential message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {spotify.login5.v3.StoredCredential & spotify.login5.v3.StoredCredential.$Shape} StoredCredential
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.login5.v3.StoredCredential & spotify.login5.v3.StoredCredential.$Shape;

                /**
                 * Decodes a StoredCredential message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {spotify.login5.v3.StoredCredential & spotify.login5.v3.StoredCredential.$Shape} StoredCredential
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.login5.v3.StoredCredential & spotify.login5.v3.StoredCredential.$Shape;

                /**
                 * Verifies a StoredCredential message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a StoredCredential message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns StoredCredential
                 */
                static fromObject(object: { [k: string]: any }): spotify.login5.v3.StoredCredential;

                /**
                 * Creates a plain object from a StoredCredential message. Also converts values to other types if specified.
                 * @param message StoredCredential
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: spotify.login5.v3.StoredCredential, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this StoredCredential to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for StoredCredential
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace StoredCredential {

                /** Properties of a StoredCredential. */
                interface $Properties {

                    /** StoredCredential username */
                    username?: (string|null);

                    /** StoredCredential data */
                    data?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a StoredCredential. */
                type $Shape = spotify.login5.v3.StoredCredential.$Properties;
            }

            /**
             * Properties of a HashcashChallenge.
             * @deprecated Use spotify.login5.v3.HashcashChallenge.$Properties instead.
             */
            interface IHashcashChallenge extends spotify.login5.v3.HashcashChallenge.$Properties {
            }

            /** Represents a HashcashChallenge. */
            class HashcashChallenge {

                /**
                 * Constructs a new HashcashChallenge.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: spotify.login5.v3.HashcashChallenge.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** HashcashChallenge prefix. */
                prefix: Uint8Array;

                /** HashcashChallenge length. */
                length: number;

                /**
                 * Creates a new HashcashChallenge instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns HashcashChallenge instance
                 */
                static create(properties: spotify.login5.v3.HashcashChallenge.$Shape): spotify.login5.v3.HashcashChallenge & spotify.login5.v3.HashcashChallenge.$Shape;
                static create(properties?: spotify.login5.v3.HashcashChallenge.$Properties): spotify.login5.v3.HashcashChallenge;

                /**
                 * Encodes the specified HashcashChallenge message. Does not implicitly {@link spotify.login5.v3.HashcashChallenge.verify|verify} messages.
                 * @param message HashcashChallenge message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: spotify.login5.v3.HashcashChallenge.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified HashcashChallenge message, length delimited. Does not implicitly {@link spotify.login5.v3.HashcashChallenge.verify|verify} messages.
                 * @param message HashcashChallenge message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: spotify.login5.v3.HashcashChallenge.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a HashcashChallenge message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {spotify.login5.v3.HashcashChallenge & spotify.login5.v3.HashcashChallenge.$Shape} HashcashChallenge
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.login5.v3.HashcashChallenge & spotify.login5.v3.HashcashChallenge.$Shape;

                /**
                 * Decodes a HashcashChallenge message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {spotify.login5.v3.HashcashChallenge & spotify.login5.v3.HashcashChallenge.$Shape} HashcashChallenge
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.login5.v3.HashcashChallenge & spotify.login5.v3.HashcashChallenge.$Shape;

                /**
                 * Verifies a HashcashChallenge message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a HashcashChallenge message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns HashcashChallenge
                 */
                static fromObject(object: { [k: string]: any }): spotify.login5.v3.HashcashChallenge;

                /**
                 * Creates a plain object from a HashcashChallenge message. Also converts values to other types if specified.
                 * @param message HashcashChallenge
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: spotify.login5.v3.HashcashChallenge, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this HashcashChallenge to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for HashcashChallenge
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace HashcashChallenge {

                /** Properties of a HashcashChallenge. */
                interface $Properties {

                    /** HashcashChallenge prefix */
                    prefix?: (Uint8Array|null);

                    /** HashcashChallenge length */
                    length?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a HashcashChallenge. */
                type $Shape = spotify.login5.v3.HashcashChallenge.$Properties;
            }

            /**
             * Properties of a HashcashSolution.
             * @deprecated Use spotify.login5.v3.HashcashSolution.$Properties instead.
             */
            interface IHashcashSolution extends spotify.login5.v3.HashcashSolution.$Properties {
            }

            /** Represents a HashcashSolution. */
            class HashcashSolution {

                /**
                 * Constructs a new HashcashSolution.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: spotify.login5.v3.HashcashSolution.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** HashcashSolution suffix. */
                suffix: Uint8Array;

                /** HashcashSolution duration. */
                duration?: (google.protobuf.Duration.$Properties|null);

                /**
                 * Creates a new HashcashSolution instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns HashcashSolution instance
                 */
                static create(properties: spotify.login5.v3.HashcashSolution.$Shape): spotify.login5.v3.HashcashSolution & spotify.login5.v3.HashcashSolution.$Shape;
                static create(properties?: spotify.login5.v3.HashcashSolution.$Properties): spotify.login5.v3.HashcashSolution;

                /**
                 * Encodes the specified HashcashSolution message. Does not implicitly {@link spotify.login5.v3.HashcashSolution.verify|verify} messages.
                 * @param message HashcashSolution message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: spotify.login5.v3.HashcashSolution.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified HashcashSolution message, length delimited. Does not implicitly {@link spotify.login5.v3.HashcashSolution.verify|verify} messages.
                 * @param message HashcashSolution message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: spotify.login5.v3.HashcashSolution.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a HashcashSolution message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {spotify.login5.v3.HashcashSolution & spotify.login5.v3.HashcashSolution.$Shape} HashcashSolution
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.login5.v3.HashcashSolution & spotify.login5.v3.HashcashSolution.$Shape;

                /**
                 * Decodes a HashcashSolution message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {spotify.login5.v3.HashcashSolution & spotify.login5.v3.HashcashSolution.$Shape} HashcashSolution
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.login5.v3.HashcashSolution & spotify.login5.v3.HashcashSolution.$Shape;

                /**
                 * Verifies a HashcashSolution message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a HashcashSolution message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns HashcashSolution
                 */
                static fromObject(object: { [k: string]: any }): spotify.login5.v3.HashcashSolution;

                /**
                 * Creates a plain object from a HashcashSolution message. Also converts values to other types if specified.
                 * @param message HashcashSolution
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: spotify.login5.v3.HashcashSolution, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this HashcashSolution to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for HashcashSolution
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace HashcashSolution {

                /** Properties of a HashcashSolution. */
                interface $Properties {

                    /** HashcashSolution suffix */
                    suffix?: (Uint8Array|null);

                    /** HashcashSolution duration */
                    duration?: (google.protobuf.Duration.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a HashcashSolution. */
                type $Shape = spotify.login5.v3.HashcashSolution.$Properties;
            }

            /**
             * Properties of a CodeChallenge.
             * @deprecated Use spotify.login5.v3.CodeChallenge.$Properties instead.
             */
            interface ICodeChallenge extends spotify.login5.v3.CodeChallenge.$Properties {
            }

            /** Represents a CodeChallenge. */
            class CodeChallenge {

                /**
                 * Constructs a new CodeChallenge.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: spotify.login5.v3.CodeChallenge.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new CodeChallenge instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CodeChallenge instance
                 */
                static create(properties: spotify.login5.v3.CodeChallenge.$Shape): spotify.login5.v3.CodeChallenge & spotify.login5.v3.CodeChallenge.$Shape;
                static create(properties?: spotify.login5.v3.CodeChallenge.$Properties): spotify.login5.v3.CodeChallenge;

                /**
                 * Encodes the specified CodeChallenge message. Does not implicitly {@link spotify.login5.v3.CodeChallenge.verify|verify} messages.
                 * @param message CodeChallenge message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: spotify.login5.v3.CodeChallenge.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified CodeChallenge message, length delimited. Does not implicitly {@link spotify.login5.v3.CodeChallenge.verify|verify} messages.
                 * @param message CodeChallenge message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: spotify.login5.v3.CodeChallenge.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CodeChallenge message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {spotify.login5.v3.CodeChallenge & spotify.login5.v3.CodeChallenge.$Shape} CodeChallenge
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.login5.v3.CodeChallenge & spotify.login5.v3.CodeChallenge.$Shape;

                /**
                 * Decodes a CodeChallenge message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {spotify.login5.v3.CodeChallenge & spotify.login5.v3.CodeChallenge.$Shape} CodeChallenge
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.login5.v3.CodeChallenge & spotify.login5.v3.CodeChallenge.$Shape;

                /**
                 * Verifies a CodeChallenge message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a CodeChallenge message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CodeChallenge
                 */
                static fromObject(object: { [k: string]: any }): spotify.login5.v3.CodeChallenge;

                /**
                 * Creates a plain object from a CodeChallenge message. Also converts values to other types if specified.
                 * @param message CodeChallenge
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: spotify.login5.v3.CodeChallenge, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CodeChallenge to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for CodeChallenge
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace CodeChallenge {

                /** Properties of a CodeChallenge. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CodeChallenge. */
                type $Shape = spotify.login5.v3.CodeChallenge.$Properties;
            }

            /**
             * Properties of a CodeSolution.
             * @deprecated Use spotify.login5.v3.CodeSolution.$Properties instead.
             */
            interface ICodeSolution extends spotify.login5.v3.CodeSolution.$Properties {
            }

            /** Represents a CodeSolution. */
            class CodeSolution {

                /**
                 * Constructs a new CodeSolution.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: spotify.login5.v3.CodeSolution.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new CodeSolution instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CodeSolution instance
                 */
                static create(properties: spotify.login5.v3.CodeSolution.$Shape): spotify.login5.v3.CodeSolution & spotify.login5.v3.CodeSolution.$Shape;
                static create(properties?: spotify.login5.v3.CodeSolution.$Properties): spotify.login5.v3.CodeSolution;

                /**
                 * Encodes the specified CodeSolution message. Does not implicitly {@link spotify.login5.v3.CodeSolution.verify|verify} messages.
                 * @param message CodeSolution message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: spotify.login5.v3.CodeSolution.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified CodeSolution message, length delimited. Does not implicitly {@link spotify.login5.v3.CodeSolution.verify|verify} messages.
                 * @param message CodeSolution message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: spotify.login5.v3.CodeSolution.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CodeSolution message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {spotify.login5.v3.CodeSolution & spotify.login5.v3.CodeSolution.$Shape} CodeSolution
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.login5.v3.CodeSolution & spotify.login5.v3.CodeSolution.$Shape;

                /**
                 * Decodes a CodeSolution message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {spotify.login5.v3.CodeSolution & spotify.login5.v3.CodeSolution.$Shape} CodeSolution
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.login5.v3.CodeSolution & spotify.login5.v3.CodeSolution.$Shape;

                /**
                 * Verifies a CodeSolution message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a CodeSolution message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CodeSolution
                 */
                static fromObject(object: { [k: string]: any }): spotify.login5.v3.CodeSolution;

                /**
                 * Creates a plain object from a CodeSolution message. Also converts values to other types if specified.
                 * @param message CodeSolution
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: spotify.login5.v3.CodeSolution, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CodeSolution to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for CodeSolution
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace CodeSolution {

                /** Properties of a CodeSolution. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CodeSolution. */
                type $Shape = spotify.login5.v3.CodeSolution.$Properties;
            }

            /**
             * Properties of a Challenge.
             * @deprecated Use spotify.login5.v3.Challenge.$Properties instead.
             */
            interface IChallenge extends spotify.login5.v3.Challenge.$Properties {
            }

            /** Represents a Challenge. */
            class Challenge {

                /**
                 * Constructs a new Challenge.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: spotify.login5.v3.Challenge.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Challenge hashcash. */
                hashcash?: (spotify.login5.v3.HashcashChallenge.$Properties|null);

                /** Challenge code. */
                code?: (spotify.login5.v3.CodeChallenge.$Properties|null);

                /** Challenge challenge. */
                challenge?: ("hashcash"|"code");

                /**
                 * Creates a new Challenge instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Challenge instance
                 */
                static create(properties: spotify.login5.v3.Challenge.$Shape): spotify.login5.v3.Challenge & spotify.login5.v3.Challenge.$Shape;
                static create(properties?: spotify.login5.v3.Challenge.$Properties): spotify.login5.v3.Challenge;

                /**
                 * Encodes the specified Challenge message. Does not implicitly {@link spotify.login5.v3.Challenge.verify|verify} messages.
                 * @param message Challenge message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: spotify.login5.v3.Challenge.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Challenge message, length delimited. Does not implicitly {@link spotify.login5.v3.Challenge.verify|verify} messages.
                 * @param message Challenge message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: spotify.login5.v3.Challenge.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Challenge message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {spotify.login5.v3.Challenge & spotify.login5.v3.Challenge.$Shape} Challenge
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.login5.v3.Challenge & spotify.login5.v3.Challenge.$Shape;

                /**
                 * Decodes a Challenge message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {spotify.login5.v3.Challenge & spotify.login5.v3.Challenge.$Shape} Challenge
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.login5.v3.Challenge & spotify.login5.v3.Challenge.$Shape;

                /**
                 * Verifies a Challenge message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Challenge message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Challenge
                 */
                static fromObject(object: { [k: string]: any }): spotify.login5.v3.Challenge;

                /**
                 * Creates a plain object from a Challenge message. Also converts values to other types if specified.
                 * @param message Challenge
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: spotify.login5.v3.Challenge, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Challenge to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Challenge
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Challenge {

                /** Properties of a Challenge. */
                interface $Properties {

                    /** Challenge hashcash */
                    hashcash?: (spotify.login5.v3.HashcashChallenge.$Properties|null);

                    /** Challenge code */
                    code?: (spotify.login5.v3.CodeChallenge.$Properties|null);

                    /** Challenge challenge */
                    challenge?: ("hashcash"|"code");

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Narrowed shape of a Challenge. */
                type $Shape = {
                  hashcash?: spotify.login5.v3.HashcashChallenge.$Shape|null;
                  code?: spotify.login5.v3.CodeChallenge.$Shape|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ challenge?: undefined; hashcash?: null; code?: null }|{ challenge?: "hashcash"; hashcash: spotify.login5.v3.HashcashChallenge.$Shape; code?: null }|{ challenge?: "code"; hashcash?: null; code: spotify.login5.v3.CodeChallenge.$Shape })
                );
            }

            /**
             * Properties of a Challenges.
             * @deprecated Use spotify.login5.v3.Challenges.$Properties instead.
             */
            interface IChallenges extends spotify.login5.v3.Challenges.$Properties {
            }

            /** Represents a Challenges. */
            class Challenges {

                /**
                 * Constructs a new Challenges.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: spotify.login5.v3.Challenges.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Challenges challenges. */
                challenges: spotify.login5.v3.Challenge.$Properties[];

                /**
                 * Creates a new Challenges instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Challenges instance
                 */
                static create(properties: spotify.login5.v3.Challenges.$Shape): spotify.login5.v3.Challenges & spotify.login5.v3.Challenges.$Shape;
                static create(properties?: spotify.login5.v3.Challenges.$Properties): spotify.login5.v3.Challenges;

                /**
                 * Encodes the specified Challenges message. Does not implicitly {@link spotify.login5.v3.Challenges.verify|verify} messages.
                 * @param message Challenges message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: spotify.login5.v3.Challenges.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Challenges message, length delimited. Does not implicitly {@link spotify.login5.v3.Challenges.verify|verify} messages.
                 * @param message Challenges message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: spotify.login5.v3.Challenges.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Challenges message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {spotify.login5.v3.Challenges & spotify.login5.v3.Challenges.$Shape} Challenges
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.login5.v3.Challenges & spotify.login5.v3.Challenges.$Shape;

                /**
                 * Decodes a Challenges message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {spotify.login5.v3.Challenges & spotify.login5.v3.Challenges.$Shape} Challenges
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.login5.v3.Challenges & spotify.login5.v3.Challenges.$Shape;

                /**
                 * Verifies a Challenges message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Challenges message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Challenges
                 */
                static fromObject(object: { [k: string]: any }): spotify.login5.v3.Challenges;

                /**
                 * Creates a plain object from a Challenges message. Also converts values to other types if specified.
                 * @param message Challenges
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: spotify.login5.v3.Challenges, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Challenges to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Challenges
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Challenges {

                /** Properties of a Challenges. */
                interface $Properties {

                    /** Challenges challenges */
                    challenges?: (spotify.login5.v3.Challenge.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Challenges. */
                type $Shape = {
                  challenges?: spotify.login5.v3.Challenge.$Shape[]|null;
                  $unknowns?: Uint8Array[];
                };
            }

            /**
             * Properties of a ChallengeSolution.
             * @deprecated Use spotify.login5.v3.ChallengeSolution.$Properties instead.
             */
            interface IChallengeSolution extends spotify.login5.v3.ChallengeSolution.$Properties {
            }

            /** Represents a ChallengeSolution. */
            class ChallengeSolution {

                /**
                 * Constructs a new ChallengeSolution.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: spotify.login5.v3.ChallengeSolution.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ChallengeSolution hashcash. */
                hashcash?: (spotify.login5.v3.HashcashSolution.$Properties|null);

                /** ChallengeSolution code. */
                code?: (spotify.login5.v3.CodeSolution.$Properties|null);

                /** ChallengeSolution solution. */
                solution?: ("hashcash"|"code");

                /**
                 * Creates a new ChallengeSolution instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ChallengeSolution instance
                 */
                static create(properties: spotify.login5.v3.ChallengeSolution.$Shape): spotify.login5.v3.ChallengeSolution & spotify.login5.v3.ChallengeSolution.$Shape;
                static create(properties?: spotify.login5.v3.ChallengeSolution.$Properties): spotify.login5.v3.ChallengeSolution;

                /**
                 * Encodes the specified ChallengeSolution message. Does not implicitly {@link spotify.login5.v3.ChallengeSolution.verify|verify} messages.
                 * @param message ChallengeSolution message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: spotify.login5.v3.ChallengeSolution.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ChallengeSolution message, length delimited. Does not implicitly {@link spotify.login5.v3.ChallengeSolution.verify|verify} messages.
                 * @param message ChallengeSolution message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: spotify.login5.v3.ChallengeSolution.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ChallengeSolution message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {spotify.login5.v3.ChallengeSolution & spotify.login5.v3.ChallengeSolution.$Shape} ChallengeSolution
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.login5.v3.ChallengeSolution & spotify.login5.v3.ChallengeSolution.$Shape;

                /**
                 * Decodes a ChallengeSolution message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {spotify.login5.v3.ChallengeSolution & spotify.login5.v3.ChallengeSolution.$Shape} ChallengeSolution
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.login5.v3.ChallengeSolution & spotify.login5.v3.ChallengeSolution.$Shape;

                /**
                 * Verifies a ChallengeSolution message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ChallengeSolution message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ChallengeSolution
                 */
                static fromObject(object: { [k: string]: any }): spotify.login5.v3.ChallengeSolution;

                /**
                 * Creates a plain object from a ChallengeSolution message. Also converts values to other types if specified.
                 * @param message ChallengeSolution
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: spotify.login5.v3.ChallengeSolution, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ChallengeSolution to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ChallengeSolution
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ChallengeSolution {

                /** Properties of a ChallengeSolution. */
                interface $Properties {

                    /** ChallengeSolution hashcash */
                    hashcash?: (spotify.login5.v3.HashcashSolution.$Properties|null);

                    /** ChallengeSolution code */
                    code?: (spotify.login5.v3.CodeSolution.$Properties|null);

                    /** ChallengeSolution solution */
                    solution?: ("hashcash"|"code");

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Narrowed shape of a ChallengeSolution. */
                type $Shape = {
                  hashcash?: spotify.login5.v3.HashcashSolution.$Shape|null;
                  code?: spotify.login5.v3.CodeSolution.$Shape|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ solution?: undefined; hashcash?: null; code?: null }|{ solution?: "hashcash"; hashcash: spotify.login5.v3.HashcashSolution.$Shape; code?: null }|{ solution?: "code"; hashcash?: null; code: spotify.login5.v3.CodeSolution.$Shape })
                );
            }

            /**
             * Properties of a ChallengeSolutions.
             * @deprecated Use spotify.login5.v3.ChallengeSolutions.$Properties instead.
             */
            interface IChallengeSolutions extends spotify.login5.v3.ChallengeSolutions.$Properties {
            }

            /** Represents a ChallengeSolutions. */
            class ChallengeSolutions {

                /**
                 * Constructs a new ChallengeSolutions.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: spotify.login5.v3.ChallengeSolutions.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ChallengeSolutions solutions. */
                solutions: spotify.login5.v3.ChallengeSolution.$Properties[];

                /**
                 * Creates a new ChallengeSolutions instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ChallengeSolutions instance
                 */
                static create(properties: spotify.login5.v3.ChallengeSolutions.$Shape): spotify.login5.v3.ChallengeSolutions & spotify.login5.v3.ChallengeSolutions.$Shape;
                static create(properties?: spotify.login5.v3.ChallengeSolutions.$Properties): spotify.login5.v3.ChallengeSolutions;

                /**
                 * Encodes the specified ChallengeSolutions message. Does not implicitly {@link spotify.login5.v3.ChallengeSolutions.verify|verify} messages.
                 * @param message ChallengeSolutions message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: spotify.login5.v3.ChallengeSolutions.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ChallengeSolutions message, length delimited. Does not implicitly {@link spotify.login5.v3.ChallengeSolutions.verify|verify} messages.
                 * @param message ChallengeSolutions message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: spotify.login5.v3.ChallengeSolutions.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ChallengeSolutions message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {spotify.login5.v3.ChallengeSolutions & spotify.login5.v3.ChallengeSolutions.$Shape} ChallengeSolutions
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.login5.v3.ChallengeSolutions & spotify.login5.v3.ChallengeSolutions.$Shape;

                /**
                 * Decodes a ChallengeSolutions message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {spotify.login5.v3.ChallengeSolutions & spotify.login5.v3.ChallengeSolutions.$Shape} ChallengeSolutions
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.login5.v3.ChallengeSolutions & spotify.login5.v3.ChallengeSolutions.$Shape;

                /**
                 * Verifies a ChallengeSolutions message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ChallengeSolutions message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ChallengeSolutions
                 */
                static fromObject(object: { [k: string]: any }): spotify.login5.v3.ChallengeSolutions;

                /**
                 * Creates a plain object from a ChallengeSolutions message. Also converts values to other types if specified.
                 * @param message ChallengeSolutions
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: spotify.login5.v3.ChallengeSolutions, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ChallengeSolutions to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ChallengeSolutions
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ChallengeSolutions {

                /** Properties of a ChallengeSolutions. */
                interface $Properties {

                    /** ChallengeSolutions solutions */
                    solutions?: (spotify.login5.v3.ChallengeSolution.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ChallengeSolutions. */
                type $Shape = {
                  solutions?: spotify.login5.v3.ChallengeSolution.$Shape[]|null;
                  $unknowns?: Uint8Array[];
                };
            }

            /**
             * Properties of a LoginRequest.
             * @deprecated Use spotify.login5.v3.LoginRequest.$Properties instead.
             */
            interface ILoginRequest extends spotify.login5.v3.LoginRequest.$Properties {
            }

            /** Represents a LoginRequest. */
            class LoginRequest {

                /**
                 * Constructs a new LoginRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: spotify.login5.v3.LoginRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** LoginRequest clientInfo. */
                clientInfo?: (spotify.login5.v3.ClientInfo.$Properties|null);

                /** LoginRequest loginContext. */
                loginContext: Uint8Array;

                /** LoginRequest challengeSolutions. */
                challengeSolutions?: (spotify.login5.v3.ChallengeSolutions.$Properties|null);

                /** LoginRequest storedCredential. */
                storedCredential?: (spotify.login5.v3.StoredCredential.$Properties|null);

                /** LoginRequest loginMethod. */
                loginMethod?: "storedCredential";

                /**
                 * Creates a new LoginRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns LoginRequest instance
                 */
                static create(properties: spotify.login5.v3.LoginRequest.$Shape): spotify.login5.v3.LoginRequest & spotify.login5.v3.LoginRequest.$Shape;
                static create(properties?: spotify.login5.v3.LoginRequest.$Properties): spotify.login5.v3.LoginRequest;

                /**
                 * Encodes the specified LoginRequest message. Does not implicitly {@link spotify.login5.v3.LoginRequest.verify|verify} messages.
                 * @param message LoginRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: spotify.login5.v3.LoginRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified LoginRequest message, length delimited. Does not implicitly {@link spotify.login5.v3.LoginRequest.verify|verify} messages.
                 * @param message LoginRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: spotify.login5.v3.LoginRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a LoginRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {spotify.login5.v3.LoginRequest & spotify.login5.v3.LoginRequest.$Shape} LoginRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.login5.v3.LoginRequest & spotify.login5.v3.LoginRequest.$Shape;

                /**
                 * Decodes a LoginRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {spotify.login5.v3.LoginRequest & spotify.login5.v3.LoginRequest.$Shape} LoginRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.login5.v3.LoginRequest & spotify.login5.v3.LoginRequest.$Shape;

                /**
                 * Verifies a LoginRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a LoginRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns LoginRequest
                 */
                static fromObject(object: { [k: string]: any }): spotify.login5.v3.LoginRequest;

                /**
                 * Creates a plain object from a LoginRequest message. Also converts values to other types if specified.
                 * @param message LoginRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: spotify.login5.v3.LoginRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this LoginRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for LoginRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace LoginRequest {

                /** Properties of a LoginRequest. */
                interface $Properties {

                    /** LoginRequest clientInfo */
                    clientInfo?: (spotify.login5.v3.ClientInfo.$Properties|null);

                    /** LoginRequest loginContext */
                    loginContext?: (Uint8Array|null);

                    /** LoginRequest challengeSolutions */
                    challengeSolutions?: (spotify.login5.v3.ChallengeSolutions.$Properties|null);

                    /** LoginRequest storedCredential */
                    storedCredential?: (spotify.login5.v3.StoredCredential.$Properties|null);

                    /** LoginRequest loginMethod */
                    loginMethod?: "storedCredential";

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Narrowed shape of a LoginRequest. */
                type $Shape = {
                  clientInfo?: spotify.login5.v3.ClientInfo.$Shape|null;
                  loginContext?: Uint8Array|null;
                  challengeSolutions?: spotify.login5.v3.ChallengeSolutions.$Shape|null;
                  storedCredential?: spotify.login5.v3.StoredCredential.$Shape|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ loginMethod?: undefined; storedCredential?: null }|{ loginMethod?: "storedCredential"; storedCredential: spotify.login5.v3.StoredCredential.$Shape })
                );
            }

            /** LoginError enum. */
            enum LoginError {

                /** UNKNOWN_ERROR value */
                UNKNOWN_ERROR = 0,

                /** INVALID_CREDENTIALS value */
                INVALID_CREDENTIALS = 1,

                /** BAD_REQUEST value */
                BAD_REQUEST = 2,

                /** UNSUPPORTED_LOGIN_PROTOCOL value */
                UNSUPPORTED_LOGIN_PROTOCOL = 3,

                /** TIMEOUT value */
                TIMEOUT = 4,

                /** UNKNOWN_IDENTIFIER value */
                UNKNOWN_IDENTIFIER = 5,

                /** TOO_MANY_ATTEMPTS value */
                TOO_MANY_ATTEMPTS = 6,

                /** INVALID_PHONENUMBER value */
                INVALID_PHONENUMBER = 7,

                /** TRY_AGAIN_LATER value */
                TRY_AGAIN_LATER = 8
            }

            /**
             * Properties of a LoginOk.
             * @deprecated Use spotify.login5.v3.LoginOk.$Properties instead.
             */
            interface ILoginOk extends spotify.login5.v3.LoginOk.$Properties {
            }

            /** Represents a LoginOk. */
            class LoginOk {

                /**
                 * Constructs a new LoginOk.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: spotify.login5.v3.LoginOk.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** LoginOk username. */
                username: string;

                /** LoginOk accessToken. */
                accessToken: string;

                /** LoginOk storedCredential. */
                storedCredential: Uint8Array;

                /** LoginOk accessTokenExpiresIn. */
                accessTokenExpiresIn: number;

                /**
                 * Creates a new LoginOk instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns LoginOk instance
                 */
                static create(properties: spotify.login5.v3.LoginOk.$Shape): spotify.login5.v3.LoginOk & spotify.login5.v3.LoginOk.$Shape;
                static create(properties?: spotify.login5.v3.LoginOk.$Properties): spotify.login5.v3.LoginOk;

                /**
                 * Encodes the specified LoginOk message. Does not implicitly {@link spotify.login5.v3.LoginOk.verify|verify} messages.
                 * @param message LoginOk message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: spotify.login5.v3.LoginOk.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified LoginOk message, length delimited. Does not implicitly {@link spotify.login5.v3.LoginOk.verify|verify} messages.
                 * @param message LoginOk message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: spotify.login5.v3.LoginOk.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a LoginOk message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {spotify.login5.v3.LoginOk & spotify.login5.v3.LoginOk.$Shape} LoginOk
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.login5.v3.LoginOk & spotify.login5.v3.LoginOk.$Shape;

                /**
                 * Decodes a LoginOk message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {spotify.login5.v3.LoginOk & spotify.login5.v3.LoginOk.$Shape} LoginOk
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.login5.v3.LoginOk & spotify.login5.v3.LoginOk.$Shape;

                /**
                 * Verifies a LoginOk message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a LoginOk message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns LoginOk
                 */
                static fromObject(object: { [k: string]: any }): spotify.login5.v3.LoginOk;

                /**
                 * Creates a plain object from a LoginOk message. Also converts values to other types if specified.
                 * @param message LoginOk
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: spotify.login5.v3.LoginOk, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this LoginOk to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for LoginOk
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace LoginOk {

                /** Properties of a LoginOk. */
                interface $Properties {

                    /** LoginOk username */
                    username?: (string|null);

                    /** LoginOk accessToken */
                    accessToken?: (string|null);

                    /** LoginOk storedCredential */
                    storedCredential?: (Uint8Array|null);

                    /** LoginOk accessTokenExpiresIn */
                    accessTokenExpiresIn?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a LoginOk. */
                type $Shape = spotify.login5.v3.LoginOk.$Properties;
            }

            /**
             * Properties of a LoginResponse.
             * @deprecated Use spotify.login5.v3.LoginResponse.$Properties instead.
             */
            interface ILoginResponse extends spotify.login5.v3.LoginResponse.$Properties {
            }

            /** Represents a LoginResponse. */
            class LoginResponse {

                /**
                 * Constructs a new LoginResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: spotify.login5.v3.LoginResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** LoginResponse ok. */
                ok?: (spotify.login5.v3.LoginOk.$Properties|null);

                /** LoginResponse error. */
                error?: (spotify.login5.v3.LoginError|null);

                /** LoginResponse challenges. */
                challenges?: (spotify.login5.v3.Challenges.$Properties|null);

                /** LoginResponse loginContext. */
                loginContext: Uint8Array;

                /** LoginResponse identifierToken. */
                identifierToken: string;

                /** LoginResponse response. */
                response?: ("ok"|"error"|"challenges");

                /**
                 * Creates a new LoginResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns LoginResponse instance
                 */
                static create(properties: spotify.login5.v3.LoginResponse.$Shape): spotify.login5.v3.LoginResponse & spotify.login5.v3.LoginResponse.$Shape;
                static create(properties?: spotify.login5.v3.LoginResponse.$Properties): spotify.login5.v3.LoginResponse;

                /**
                 * Encodes the specified LoginResponse message. Does not implicitly {@link spotify.login5.v3.LoginResponse.verify|verify} messages.
                 * @param message LoginResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: spotify.login5.v3.LoginResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified LoginResponse message, length delimited. Does not implicitly {@link spotify.login5.v3.LoginResponse.verify|verify} messages.
                 * @param message LoginResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: spotify.login5.v3.LoginResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a LoginResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {spotify.login5.v3.LoginResponse & spotify.login5.v3.LoginResponse.$Shape} LoginResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.login5.v3.LoginResponse & spotify.login5.v3.LoginResponse.$Shape;

                /**
                 * Decodes a LoginResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {spotify.login5.v3.LoginResponse & spotify.login5.v3.LoginResponse.$Shape} LoginResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.login5.v3.LoginResponse & spotify.login5.v3.LoginResponse.$Shape;

                /**
                 * Verifies a LoginResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a LoginResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns LoginResponse
                 */
                static fromObject(object: { [k: string]: any }): spotify.login5.v3.LoginResponse;

                /**
                 * Creates a plain object from a LoginResponse message. Also converts values to other types if specified.
                 * @param message LoginResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: spotify.login5.v3.LoginResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this LoginResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for LoginResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace LoginResponse {

                /** Properties of a LoginResponse. */
                interface $Properties {

                    /** LoginResponse ok */
                    ok?: (spotify.login5.v3.LoginOk.$Properties|null);

                    /** LoginResponse error */
                    error?: (spotify.login5.v3.LoginError|null);

                    /** LoginResponse challenges */
                    challenges?: (spotify.login5.v3.Challenges.$Properties|null);

                    /** LoginResponse loginContext */
                    loginContext?: (Uint8Array|null);

                    /** LoginResponse identifierToken */
                    identifierToken?: (string|null);

                    /** LoginResponse response */
                    response?: ("ok"|"error"|"challenges");

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Narrowed shape of a LoginResponse. */
                type $Shape = {
                  ok?: spotify.login5.v3.LoginOk.$Shape|null;
                  error?: spotify.login5.v3.LoginError|null;
                  challenges?: spotify.login5.v3.Challenges.$Shape|null;
                  loginContext?: Uint8Array|null;
                  identifierToken?: string|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ response?: undefined; ok?: null; error?: null; challenges?: null }|{ response?: "ok"; ok: spotify.login5.v3.LoginOk.$Shape; error?: null; challenges?: null }|{ response?: "error"; ok?: null; error: spotify.login5.v3.LoginError; challenges?: null }|{ response?: "challenges"; ok?: null; error?: null; challenges: spotify.login5.v3.Challenges.$Shape })
                );
            }
        }
    }
}
