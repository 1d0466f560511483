import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace spotify. */
export namespace spotify {

    /** Namespace clienttoken. */
    namespace clienttoken {

        /** Namespace http. */
        namespace http {

            /** Namespace v0. */
            namespace v0 {

                /** ClientTokenRequestType enum. */
                enum ClientTokenRequestType {

                    /** REQUEST_UNKNOWN value */
                    REQUEST_UNKNOWN = 0,

                    /** REQUEST_CLIENT_DATA_REQUEST value */
                    REQUEST_CLIENT_DATA_REQUEST = 1,

                    /** REQUEST_CHALLENGE_ANSWERS_REQUEST value */
                    REQUEST_CHALLENGE_ANSWERS_REQUEST = 2
                }

                /** ClientTokenResponseType enum. */
                enum ClientTokenResponseType {

                    /** RESPONSE_UNKNOWN value */
                    RESPONSE_UNKNOWN = 0,

                    /** RESPONSE_GRANTED_TOKEN_RESPONSE value */
                    RESPONSE_GRANTED_TOKEN_RESPONSE = 1,

                    /** RESPONSE_CHALLENGES_RESPONSE value */
                    RESPONSE_CHALLENGES_RESPONSE = 2
                }

                /** ChallengeType enum. */
                enum ChallengeType {

                    /** CHALLENGE_UNKNOWN value */
                    CHALLENGE_UNKNOWN = 0,

                    /** CHALLENGE_CLIENT_SECRET_HMAC value */
                    CHALLENGE_CLIENT_SECRET_HMAC = 1,

                    /** CHALLENGE_EVALUATE_JS value */
                    CHALLENGE_EVALUATE_JS = 2,

                    /** CHALLENGE_HASH_CASH value */
                    CHALLENGE_HASH_CASH = 3
                }

                /**
                 * Properties of a NativeDesktopLinuxData.
                 * @deprecated Use spotify.clienttoken.http.v0.NativeDesktopLinuxData.$Properties instead.
                 */
                interface INativeDesktopLinuxData extends spotify.clienttoken.http.v0.NativeDesktopLinuxData.$Properties {
                }

                /** Represents a NativeDesktopLinuxData. */
                class NativeDesktopLinuxData {

                    /**
                     * Constructs a new NativeDesktopLinuxData.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: spotify.clienttoken.http.v0.NativeDesktopLinuxData.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** NativeDesktopLinuxData systemName. */
                    systemName: string;

                    /** NativeDesktopLinuxData systemRelease. */
                    systemRelease: string;

                    /** NativeDesktopLinuxData systemVersion. */
                    systemVersion: string;

                    /** NativeDesktopLinuxData hardware. */
                    hardware: string;

                    /**
                     * Creates a new NativeDesktopLinuxData instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns NativeDesktopLinuxData instance
                     */
                    static create(properties: spotify.clienttoken.http.v0.NativeDesktopLinuxData.$Shape): spotify.clienttoken.http.v0.NativeDesktopLinuxData & spotify.clienttoken.http.v0.NativeDesktopLinuxData.$Shape;
                    static create(properties?: spotify.clienttoken.http.v0.NativeDesktopLinuxData.$Properties): spotify.clienttoken.http.v0.NativeDesktopLinuxData;

                    /**
                     * Encodes the specified NativeDesktopLinuxData message. Does not implicitly {@link spotify.clienttoken.http.v0.NativeDesktopLinuxData.verify|verify} messages.
                     * @param message NativeDesktopLinuxData message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: spotify.clienttoken.http.v0.NativeDesktopLinuxData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Encodes the specified NativeDesktopLinuxData message, length delimited. Does not implicitly {@link spotify.clienttoken.http.v0.NativeDesktopLinuxData.verify|verify} messages.
                     * @param message NativeDesktopLinuxData message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encodeDelimited(message: spotify.clienttoken.http.v0.NativeDesktopLinuxData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a NativeDesktopLinuxData message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {spotify.clienttoken.http.v0.NativeDesktopLinuxData & spotify.clienttoken.http.v0.NativeDesktopLinuxData.$Shape} NativeDesktopLinuxData
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.clienttoken.http.v0.NativeDesktopLinuxData & spotify.clienttoken.http.v0.NativeDesktopLinuxData.$Shape;

                    /**
                     * Decodes a NativeDesktopLinuxData message from the specified reader or buffer, length delimited.
                     * @param reader Reader or buffer to decode from
                     * @returns {spotify.clienttoken.http.v0.NativeDesktopLinuxData & spotify.clienttoken.http.v0.NativeDesktopLinuxData.$Shape} NativeDesktopLinuxData
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.clienttoken.http.v0.NativeDesktopLinuxData & spotify.clienttoken.http.v0.NativeDesktopLinuxData.$Shape;

                    /**
                     * Verifies a NativeDesktopLinuxData message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a NativeDesktopLinuxData message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns NativeDesktopLinuxData
                     */
                    static fromObject(object: { [k: string]: any }): spotify.clienttoken.http.v0.NativeDesktopLinuxData;

                    /**
                     * Creates a plain object from a NativeDesktopLinuxData message. Also converts values to other types if specified.
                     * @param message NativeDesktopLinuxData
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: spotify.clienttoken.http.v0.NativeDesktopLinuxData, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this NativeDesktopLinuxData to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };

                    /**
                     * Gets the type url for NativeDesktopLinuxData
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace NativeDesktopLinuxData {

                    /** Properties of a NativeDesktopLinuxData. */
                    interface $Properties {

                        /** NativeDesktopLinuxData systemName */
                        systemName?: (string|null);

                        /** NativeDesktopLinuxData systemRelease */
                        systemRelease?: (string|null);

                        /** NativeDesktopLinuxData systemVersion */
                        systemVersion?: (string|null);

                        /** NativeDesktopLinuxData hardware */
                        hardware?: (string|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a NativeDesktopLinuxData. */
                    type $Shape = spotify.clienttoken.http.v0.NativeDesktopLinuxData.$Properties;
                }

                /**
                 * Properties of a PlatformSpecificData.
                 * @deprecated Use spotify.clienttoken.http.v0.PlatformSpecificData.$Properties instead.
                 */
                interface IPlatformSpecificData extends spotify.clienttoken.http.v0.PlatformSpecificData.$Properties {
                }

                /** Represents a PlatformSpecificData. */
                class PlatformSpecificData {

                    /**
                     * Constructs a new PlatformSpecificData.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: spotify.clienttoken.http.v0.PlatformSpecificData.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** PlatformSpecificData desktopLinux. */
                    desktopLinux?: (spotify.clienttoken.http.v0.NativeDesktopLinuxData.$Properties|null);

                    /** PlatformSpecificData data. */
                    data?: "desktopLinux";

                    /**
                     * Creates a new PlatformSpecificData instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns PlatformSpecificData instance
                     */
                    static create(properties: spotify.clienttoken.http.v0.PlatformSpecificData.$Shape): spotify.clienttoken.http.v0.PlatformSpecificData & spotify.clienttoken.http.v0.PlatformSpecificData.$Shape;
                    static create(properties?: spotify.clienttoken.http.v0.PlatformSpecificData.$Properties): spotify.clienttoken.http.v0.PlatformSpecificData;

                    /**
                     * Encodes the specified PlatformSpecificData message. Does not implicitly {@link spotify.clienttoken.http.v0.PlatformSpecificData.verify|verify} messages.
                     * @param message PlatformSpecificData message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: spotify.clienttoken.http.v0.PlatformSpecificData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Encodes the specified PlatformSpecificData message, length delimited. Does not implicitly {@link spotify.clienttoken.http.v0.PlatformSpecificData.verify|verify} messages.
                     * @param message PlatformSpecificData message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encodeDelimited(message: spotify.clienttoken.http.v0.PlatformSpecificData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a PlatformSpecificData message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {spotify.clienttoken.http.v0.PlatformSpecificData & spotify.clienttoken.http.v0.PlatformSpecificData.$Shape} PlatformSpecificData
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.clienttoken.http.v0.PlatformSpecificData & spotify.clienttoken.http.v0.PlatformSpecificData.$Shape;

                    /**
                     * Decodes a PlatformSpecificData message from the specified reader or buffer, length delimited.
                     * @param reader Reader or buffer to decode from
                     * @returns {spotify.clienttoken.http.v0.PlatformSpecificData & spotify.clienttoken.http.v0.PlatformSpecificData.$Shape} PlatformSpecificData
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.clienttoken.http.v0.PlatformSpecificData & spotify.clienttoken.http.v0.PlatformSpecificData.$Shape;

                    /**
                     * Verifies a PlatformSpecificData message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a PlatformSpecificData message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns PlatformSpecificData
                     */
                    static fromObject(object: { [k: string]: any }): spotify.clienttoken.http.v0.PlatformSpecificData;

                    /**
                     * Creates a plain object from a PlatformSpecificData message. Also converts values to other types if specified.
                     * @param message PlatformSpecificData
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: spotify.clienttoken.http.v0.PlatformSpecificData, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this PlatformSpecificData to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };

                    /**
                     * Gets the type url for PlatformSpecificData
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace PlatformSpecificData {

                    /** Properties of a PlatformSpecificData. */
                    interface $Properties {

                        /** PlatformSpecificData desktopLinux */
                        desktopLinux?: (spotify.clienttoken.http.v0.NativeDesktopLinuxData.$Properties|null);

                        /** PlatformSpecificData data */
                        data?: "desktopLinux";

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Narrowed shape of a PlatformSpecificData. */
                    type $Shape = {
                      desktopLinux?: spotify.clienttoken.http.v0.NativeDesktopLinuxData.$Shape|null;
                      $unknowns?: Uint8Array[];
                    } & (
                      ({ data?: undefined; desktopLinux?: null }|{ data?: "desktopLinux"; desktopLinux: spotify.clienttoken.http.v0.NativeDesktopLinuxData.$Shape })
                    );
                }

                /**
                 * Properties of a ConnectivitySdkData.
                 * @deprecated Use spotify.clienttoken.http.v0.ConnectivitySdkData.$Properties instead.
                 */
                interface IConnectivitySdkData extends spotify.clienttoken.http.v0.ConnectivitySdkData.$Properties {
                }

                /** Represents a ConnectivitySdkData. */
                class ConnectivitySdkData {

                    /**
                     * Constructs a new ConnectivitySdkData.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: spotify.clienttoken.http.v0.ConnectivitySdkData.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** ConnectivitySdkData platformSpecificData. */
                    platformSpecificData?: (spotify.clienttoken.http.v0.PlatformSpecificData.$Properties|null);

                    /** ConnectivitySdkData deviceId. */
                    deviceId: string;

                    /**
                     * Creates a new ConnectivitySdkData instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns ConnectivitySdkData instance
                     */
                    static create(properties: spotify.clienttoken.http.v0.ConnectivitySdkData.$Shape): spotify.clienttoken.http.v0.ConnectivitySdkData & spotify.clienttoken.http.v0.ConnectivitySdkData.$Shape;
                    static create(properties?: spotify.clienttoken.http.v0.ConnectivitySdkData.$Properties): spotify.clienttoken.http.v0.ConnectivitySdkData;

                    /**
                     * Encodes the specified ConnectivitySdkData message. Does not implicitly {@link spotify.clienttoken.http.v0.ConnectivitySdkData.verify|verify} messages.
                     * @param message ConnectivitySdkData message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: spotify.clienttoken.http.v0.ConnectivitySdkData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Encodes the specified ConnectivitySdkData message, length delimited. Does not implicitly {@link spotify.clienttoken.http.v0.ConnectivitySdkData.verify|verify} messages.
                     * @param message ConnectivitySdkData message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encodeDelimited(message: spotify.clienttoken.http.v0.ConnectivitySdkData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a ConnectivitySdkData message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {spotify.clienttoken.http.v0.ConnectivitySdkData & spotify.clienttoken.http.v0.ConnectivitySdkData.$Shape} ConnectivitySdkData
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.clienttoken.http.v0.ConnectivitySdkData & spotify.clienttoken.http.v0.ConnectivitySdkData.$Shape;

                    /**
                     * Decodes a ConnectivitySdkData message from the specified reader or buffer, length delimited.
                     * @param reader Reader or buffer to decode from
                     * @returns {spotify.clienttoken.http.v0.ConnectivitySdkData & spotify.clienttoken.http.v0.ConnectivitySdkData.$Shape} ConnectivitySdkData
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.clienttoken.http.v0.ConnectivitySdkData & spotify.clienttoken.http.v0.ConnectivitySdkData.$Shape;

                    /**
                     * Verifies a ConnectivitySdkData message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a ConnectivitySdkData message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns ConnectivitySdkData
                     */
                    static fromObject(object: { [k: string]: any }): spotify.clienttoken.http.v0.ConnectivitySdkData;

                    /**
                     * Creates a plain object from a ConnectivitySdkData message. Also converts values to other types if specified.
                     * @param message ConnectivitySdkData
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: spotify.clienttoken.http.v0.ConnectivitySdkData, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this ConnectivitySdkData to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };

                    /**
                     * Gets the type url for ConnectivitySdkData
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace ConnectivitySdkData {

                    /** Properties of a ConnectivitySdkData. */
                    interface $Properties {

                        /** ConnectivitySdkData platformSpecificData */
                        platformSpecificData?: (spotify.clienttoken.http.v0.PlatformSpecificData.$Properties|null);

                        /** ConnectivitySdkData deviceId */
                        deviceId?: (string|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a ConnectivitySdkData. */
                    type $Shape = {
                      platformSpecificData?: spotify.clienttoken.http.v0.PlatformSpecificData.$Shape|null;
                      deviceId?: string|null;
                      $unknowns?: Uint8Array[];
                    };
                }

                /**
                 * Properties of a ClientDataRequest.
                 * @deprecated Use spotify.clienttoken.http.v0.ClientDataRequest.$Properties instead.
                 */
                interface IClientDataRequest extends spotify.clienttoken.http.v0.ClientDataRequest.$Properties {
                }

                /** Represents a ClientDataRequest. */
                class ClientDataRequest {

                    /**
                     * Constructs a new ClientDataRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: spotify.clienttoken.http.v0.ClientDataRequest.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** ClientDataRequest clientVersion. */
                    clientVersion: string;

                    /** ClientDataRequest clientId. */
                    clientId: string;

                    /** ClientDataRequest connectivitySdkData. */
                    connectivitySdkData?: (spotify.clienttoken.http.v0.ConnectivitySdkData.$Properties|null);

                    /** ClientDataRequest data. */
                    data?: "connectivitySdkData";

                    /**
                     * Creates a new ClientDataRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns ClientDataRequest instance
                     */
                    static create(properties: spotify.clienttoken.http.v0.ClientDataRequest.$Shape): spotify.clienttoken.http.v0.ClientDataRequest & spotify.clienttoken.http.v0.ClientDataRequest.$Shape;
                    static create(properties?: spotify.clienttoken.http.v0.ClientDataRequest.$Properties): spotify.clienttoken.http.v0.ClientDataRequest;

                    /**
                     * Encodes the specified ClientDataRequest message. Does not implicitly {@link spotify.clienttoken.http.v0.ClientDataRequest.verify|verify} messages.
                     * @param message ClientDataRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: spotify.clienttoken.http.v0.ClientDataRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Encodes the specified ClientDataRequest message, length delimited. Does not implicitly {@link spotify.clienttoken.http.v0.ClientDataRequest.verify|verify} messages.
                     * @param message ClientDataRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encodeDelimited(message: spotify.clienttoken.http.v0.ClientDataRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a ClientDataRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {spotify.clienttoken.http.v0.ClientDataRequest & spotify.clienttoken.http.v0.ClientDataRequest.$Shape} ClientDataRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.clienttoken.http.v0.ClientDataRequest & spotify.clienttoken.http.v0.ClientDataRequest.$Shape;

                    /**
                     * Decodes a ClientDataRequest message from the specified reader or buffer, length delimited.
                     * @param reader Reader or buffer to decode from
                     * @returns {spotify.clienttoken.http.v0.ClientDataRequest & spotify.clienttoken.http.v0.ClientDataRequest.$Shape} ClientDataRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.clienttoken.http.v0.ClientDataRequest & spotify.clienttoken.http.v0.ClientDataRequest.$Shape;

                    /**
                     * Verifies a ClientDataRequest message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a ClientDataRequest message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns ClientDataRequest
                     */
                    static fromObject(object: { [k: string]: any }): spotify.clienttoken.http.v0.ClientDataRequest;

                    /**
                     * Creates a plain object from a ClientDataRequest message. Also converts values to other types if specified.
                     * @param message ClientDataRequest
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: spotify.clienttoken.http.v0.ClientDataRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this ClientDataRequest to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };

                    /**
                     * Gets the type url for ClientDataRequest
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace ClientDataRequest {

                    /** Properties of a ClientDataRequest. */
                    interface $Properties {

                        /** ClientDataRequest clientVersion */
                        clientVersion?: (string|null);

                        /** ClientDataRequest clientId */
                        clientId?: (string|null);

                        /** ClientDataRequest connectivitySdkData */
                        connectivitySdkData?: (spotify.clienttoken.http.v0.ConnectivitySdkData.$Properties|null);

                        /** ClientDataRequest data */
                        data?: "connectivitySdkData";

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Narrowed shape of a ClientDataRequest. */
                    type $Shape = {
                      clientVersion?: string|null;
                      clientId?: string|null;
                      connectivitySdkData?: spotify.clienttoken.http.v0.ConnectivitySdkData.$Shape|null;
                      $unknowns?: Uint8Array[];
                    } & (
                      ({ data?: undefined; connectivitySdkData?: null }|{ data?: "connectivitySdkData"; connectivitySdkData: spotify.clienttoken.http.v0.ConnectivitySdkData.$Shape })
                    );
                }

                /**
                 * Properties of a HashcashAnswer.
                 * @deprecated Use spotify.clienttoken.http.v0.HashcashAnswer.$Properties instead.
                 */
                interface IHashcashAnswer extends spotify.clienttoken.http.v0.HashcashAnswer.$Properties {
                }

                /** Represents a HashcashAnswer. */
                class HashcashAnswer {

                    /**
                     * Constructs a new HashcashAnswer.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: spotify.clienttoken.http.v0.HashcashAnswer.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** HashcashAnswer suffix. */
                    suffix: string;

                    /**
                     * Creates a new HashcashAnswer instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns HashcashAnswer instance
                     */
                    static create(properties: spotify.clienttoken.http.v0.HashcashAnswer.$Shape): spotify.clienttoken.http.v0.HashcashAnswer & spotify.clienttoken.http.v0.HashcashAnswer.$Shape;
                    static create(properties?: spotify.clienttoken.http.v0.HashcashAnswer.$Properties): spotify.clienttoken.http.v0.HashcashAnswer;

                    /**
                     * Encodes the specified HashcashAnswer message. Does not implicitly {@link spotify.clienttoken.http.v0.HashcashAnswer.verify|verify} messages.
                     * @param message HashcashAnswer message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: spotify.clienttoken.http.v0.HashcashAnswer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Encodes the specified HashcashAnswer message, length delimited. Does not implicitly {@link spotify.clienttoken.http.v0.HashcashAnswer.verify|verify} messages.
                     * @param message HashcashAnswer message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encodeDelimited(message: spotify.clienttoken.http.v0.HashcashAnswer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a HashcashAnswer message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {spotify.clienttoken.http.v0.HashcashAnswer & spotify.clienttoken.http.v0.HashcashAnswer.$Shape} HashcashAnswer
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.clienttoken.http.v0.HashcashAnswer & spotify.clienttoken.http.v0.HashcashAnswer.$Shape;

                    /**
                     * Decodes a HashcashAnswer message from the specified reader or buffer, length delimited.
                     * @param reader Reader or buffer to decode from
                     * @returns {spotify.clienttoken.http.v0.HashcashAnswer & spotify.clienttoken.http.v0.HashcashAnswer.$Shape} HashcashAnswer
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.clienttoken.http.v0.HashcashAnswer & spotify.clienttoken.http.v0.HashcashAnswer.$Shape;

                    /**
                     * Verifies a HashcashAnswer message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a HashcashAnswer message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns HashcashAnswer
                     */
                    static fromObject(object: { [k: string]: any }): spotify.clienttoken.http.v0.HashcashAnswer;

                    /**
                     * Creates a plain object from a HashcashAnswer message. Also converts values to other types if specified.
                     * @param message HashcashAnswer
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: spotify.clienttoken.http.v0.HashcashAnswer, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this HashcashAnswer to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };

                    /**
                     * Gets the type url for HashcashAnswer
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace HashcashAnswer {

                    /** Properties of a HashcashAnswer. */
                    interface $Properties {

                        /** HashcashAnswer suffix */
                        suffix?: (string|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a HashcashAnswer. */
                    type $Shape = spotify.clienttoken.http.v0.HashcashAnswer.$Properties;
                }

                /**
                 * Properties of a ChallengeAnswer.
                 * @deprecated Use spotify.clienttoken.http.v0.ChallengeAnswer.$Properties instead.
                 */
                interface IChallengeAnswer extends spotify.clienttoken.http.v0.ChallengeAnswer.$Properties {
                }

                /** Represents a ChallengeAnswer. */
                class ChallengeAnswer {

                    /**
                     * Constructs a new ChallengeAnswer.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: spotify.clienttoken.http.v0.ChallengeAnswer.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** ChallengeAnswer challengeType. */
                    challengeType: spotify.clienttoken.http.v0.ChallengeType;

                    /** ChallengeAnswer hashCash. */
                    hashCash?: (spotify.clienttoken.http.v0.HashcashAnswer.$Properties|null);

                    /** ChallengeAnswer answer. */
                    answer?: "hashCash";

                    /**
                     * Creates a new ChallengeAnswer instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns ChallengeAnswer instance
                     */
                    static create(properties: spotify.clienttoken.http.v0.ChallengeAnswer.$Shape): spotify.clienttoken.http.v0.ChallengeAnswer & spotify.clienttoken.http.v0.ChallengeAnswer.$Shape;
                    static create(properties?: spotify.clienttoken.http.v0.ChallengeAnswer.$Properties): spotify.clienttoken.http.v0.ChallengeAnswer;

                    /**
                     * Encodes the specified ChallengeAnswer message. Does not implicitly {@link spotify.clienttoken.http.v0.ChallengeAnswer.verify|verify} messages.
                     * @param message ChallengeAnswer message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: spotify.clienttoken.http.v0.ChallengeAnswer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Encodes the specified ChallengeAnswer message, length delimited. Does not implicitly {@link spotify.clienttoken.http.v0.ChallengeAnswer.verify|verify} messages.
                     * @param message ChallengeAnswer message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encodeDelimited(message: spotify.clienttoken.http.v0.ChallengeAnswer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a ChallengeAnswer message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {spotify.clienttoken.http.v0.ChallengeAnswer & spotify.clienttoken.http.v0.ChallengeAnswer.$Shape} ChallengeAnswer
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.clienttoken.http.v0.ChallengeAnswer & spotify.clienttoken.http.v0.ChallengeAnswer.$Shape;

                    /**
                     * Decodes a ChallengeAnswer message from the specified reader or buffer, length delimited.
                     * @param reader Reader or buffer to decode from
                     * @returns {spotify.clienttoken.http.v0.ChallengeAnswer & spotify.clienttoken.http.v0.ChallengeAnswer.$Shape} ChallengeAnswer
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.clienttoken.http.v0.ChallengeAnswer & spotify.clienttoken.http.v0.ChallengeAnswer.$Shape;

                    /**
                     * Verifies a ChallengeAnswer message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a ChallengeAnswer message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns ChallengeAnswer
                     */
                    static fromObject(object: { [k: string]: any }): spotify.clienttoken.http.v0.ChallengeAnswer;

                    /**
                     * Creates a plain object from a ChallengeAnswer message. Also converts values to other types if specified.
                     * @param message ChallengeAnswer
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: spotify.clienttoken.http.v0.ChallengeAnswer, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this ChallengeAnswer to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };

                    /**
                     * Gets the type url for ChallengeAnswer
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace ChallengeAnswer {

                    /** Properties of a ChallengeAnswer. */
                    interface $Properties {

                        /** ChallengeAnswer challengeType */
                        challengeType?: (spotify.clienttoken.http.v0.ChallengeType|null);

                        /** ChallengeAnswer hashCash */
                        hashCash?: (spotify.clienttoken.http.v0.HashcashAnswer.$Properties|null);

                        /** ChallengeAnswer answer */
                        answer?: "hashCash";

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Narrowed shape of a ChallengeAnswer. */
                    type $Shape = {
                      challengeType?: spotify.clienttoken.http.v0.ChallengeType|null;
                      hashCash?: spotify.clienttoken.http.v0.HashcashAnswer.$Shape|null;
                      $unknowns?: Uint8Array[];
                    } & (
                      ({ answer?: undefined; hashCash?: null }|{ answer?: "hashCash"; hashCash: spotify.clienttoken.http.v0.HashcashAnswer.$Shape })
                    );
                }

                /**
                 * Properties of a ChallengeAnswersRequest.
                 * @deprecated Use spotify.clienttoken.http.v0.ChallengeAnswersRequest.$Properties instead.
                 */
                interface IChallengeAnswersRequest extends spotify.clienttoken.http.v0.ChallengeAnswersRequest.$Properties {
                }

                /** Represents a ChallengeAnswersRequest. */
                class ChallengeAnswersRequest {

                    /**
                     * Constructs a new ChallengeAnswersRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: spotify.clienttoken.http.v0.ChallengeAnswersRequest.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** ChallengeAnswersRequest state. */
                    state: string;

                    /** ChallengeAnswersRequest answers. */
                    answers: spotify.clienttoken.http.v0.ChallengeAnswer.$Properties[];

                    /**
                     * Creates a new ChallengeAnswersRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns ChallengeAnswersRequest instance
                     */
                    static create(properties: spotify.clienttoken.http.v0.ChallengeAnswersRequest.$Shape): spotify.clienttoken.http.v0.ChallengeAnswersRequest & spotify.clienttoken.http.v0.ChallengeAnswersRequest.$Shape;
                    static create(properties?: spotify.clienttoken.http.v0.ChallengeAnswersRequest.$Properties): spotify.clienttoken.http.v0.ChallengeAnswersRequest;

                    /**
                     * Encodes the specified ChallengeAnswersRequest message. Does not implicitly {@link spotify.clienttoken.http.v0.ChallengeAnswersRequest.verify|verify} messages.
                     * @param message ChallengeAnswersRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: spotify.clienttoken.http.v0.ChallengeAnswersRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Encodes the specified ChallengeAnswersRequest message, length delimited. Does not implicitly {@link spotify.clienttoken.http.v0.ChallengeAnswersRequest.verify|verify} messages.
                     * @param message ChallengeAnswersRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encodeDelimited(message: spotify.clienttoken.http.v0.ChallengeAnswersRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a ChallengeAnswersRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {spotify.clienttoken.http.v0.ChallengeAnswersRequest & spotify.clienttoken.http.v0.ChallengeAnswersRequest.$Shape} ChallengeAnswersRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.clienttoken.http.v0.ChallengeAnswersRequest & spotify.clienttoken.http.v0.ChallengeAnswersRequest.$Shape;

                    /**
                     * Decodes a ChallengeAnswersRequest message from the specified reader or buffer, length delimited.
                     * @param reader Reader or buffer to decode from
                     * @returns {spotify.clienttoken.http.v0.ChallengeAnswersRequest & spotify.clienttoken.http.v0.ChallengeAnswersRequest.$Shape} ChallengeAnswersRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.clienttoken.http.v0.ChallengeAnswersRequest & spotify.clienttoken.http.v0.ChallengeAnswersRequest.$Shape;

                    /**
                     * Verifies a ChallengeAnswersRequest message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a ChallengeAnswersRequest message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns ChallengeAnswersRequest
                     */
                    static fromObject(object: { [k: string]: any }): spotify.clienttoken.http.v0.ChallengeAnswersRequest;

                    /**
                     * Creates a plain object from a ChallengeAnswersRequest message. Also converts values to other types if specified.
                     * @param message ChallengeAnswersRequest
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: spotify.clienttoken.http.v0.ChallengeAnswersRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this ChallengeAnswersRequest to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };

                    /**
                     * Gets the type url for ChallengeAnswersRequest
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace ChallengeAnswersRequest {

                    /** Properties of a ChallengeAnswersRequest. */
                    interface $Properties {

                        /** ChallengeAnswersRequest state */
                        state?: (string|null);

                        /** ChallengeAnswersRequest answers */
                        answers?: (spotify.clienttoken.http.v0.ChallengeAnswer.$Properties[]|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a ChallengeAnswersRequest. */
                    type $Shape = {
                      state?: string|null;
                      answers?: spotify.clienttoken.http.v0.ChallengeAnswer.$Shape[]|null;
                      $unknowns?: Uint8Array[];
                    };
                }

                /**
                 * Properties of a ClientTokenRequest.
                 * @deprecated Use spotify.clienttoken.http.v0.ClientTokenRequest.$Properties instead.
                 */
                interface IClientTokenRequest extends spotify.clienttoken.http.v0.ClientTokenRequest.$Properties {
                }

                /** Represents a ClientTokenRequest. */
                class ClientTokenRequest {

                    /**
                     * Constructs a new ClientTokenRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: spotify.clienttoken.http.v0.ClientTokenRequest.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** ClientTokenRequest requestType. */
                    requestType: spotify.clienttoken.http.v0.ClientTokenRequestType;

                    /** ClientTokenRequest clientData. */
                    clientData?: (spotify.clienttoken.http.v0.ClientDataRequest.$Properties|null);

                    /** ClientTokenRequest challengeAnswers. */
                    challengeAnswers?: (spotify.clienttoken.http.v0.ChallengeAnswersRequest.$Properties|null);

                    /** ClientTokenRequest request. */
                    request?: ("clientData"|"challengeAnswers");

                    /**
                     * Creates a new ClientTokenRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns ClientTokenRequest instance
                     */
                    static create(properties: spotify.clienttoken.http.v0.ClientTokenRequest.$Shape): spotify.clienttoken.http.v0.ClientTokenRequest & spotify.clienttoken.http.v0.ClientTokenRequest.$Shape;
                    static create(properties?: spotify.clienttoken.http.v0.ClientTokenRequest.$Properties): spotify.clienttoken.http.v0.ClientTokenRequest;

                    /**
                     * Encodes the specified ClientTokenRequest message. Does not implicitly {@link spotify.clienttoken.http.v0.ClientTokenRequest.verify|verify} messages.
                     * @param message ClientTokenRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: spotify.clienttoken.http.v0.ClientTokenRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Encodes the specified ClientTokenRequest message, length delimited. Does not implicitly {@link spotify.clienttoken.http.v0.ClientTokenRequest.verify|verify} messages.
                     * @param message ClientTokenRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encodeDelimited(message: spotify.clienttoken.http.v0.ClientTokenRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a ClientTokenRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {spotify.clienttoken.http.v0.ClientTokenRequest & spotify.clienttoken.http.v0.ClientTokenRequest.$Shape} ClientTokenRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.clienttoken.http.v0.ClientTokenRequest & spotify.clienttoken.http.v0.ClientTokenRequest.$Shape;

                    /**
                     * Decodes a ClientTokenRequest message from the specified reader or buffer, length delimited.
                     * @param reader Reader or buffer to decode from
                     * @returns {spotify.clienttoken.http.v0.ClientTokenRequest & spotify.clienttoken.http.v0.ClientTokenRequest.$Shape} ClientTokenRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.clienttoken.http.v0.ClientTokenRequest & spotify.clienttoken.http.v0.ClientTokenRequest.$Shape;

                    /**
                     * Verifies a ClientTokenRequest message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a ClientTokenRequest message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns ClientTokenRequest
                     */
                    static fromObject(object: { [k: string]: any }): spotify.clienttoken.http.v0.ClientTokenRequest;

                    /**
                     * Creates a plain object from a ClientTokenRequest message. Also converts values to other types if specified.
                     * @param message ClientTokenRequest
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: spotify.clienttoken.http.v0.ClientTokenRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this ClientTokenRequest to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };

                    /**
                     * Gets the type url for ClientTokenRequest
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace ClientTokenRequest {

                    /** Properties of a ClientTokenRequest. */
                    interface $Properties {

                        /** ClientTokenRequest requestType */
                        requestType?: (spotify.clienttoken.http.v0.ClientTokenRequestType|null);

                        /** ClientTokenRequest clientData */
                        clientData?: (spotify.clienttoken.http.v0.ClientDataRequest.$Properties|null);

                        /** ClientTokenRequest challengeAnswers */
                        challengeAnswers?: (spotify.clienttoken.http.v0.ChallengeAnswersRequest.$Properties|null);

                        /** ClientTokenRequest request */
                        request?: ("clientData"|"challengeAnswers");

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Narrowed shape of a ClientTokenRequest. */
                    type $Shape = {
                      requestType?: spotify.clienttoken.http.v0.ClientTokenRequestType|null;
                      clientData?: spotify.clienttoken.http.v0.ClientDataRequest.$Shape|null;
                      challengeAnswers?: spotify.clienttoken.http.v0.ChallengeAnswersRequest.$Shape|null;
                      $unknowns?: Uint8Array[];
                    } & (
                      ({ request?: undefined; clientData?: null; challengeAnswers?: null }|{ request?: "clientData"; clientData: spotify.clienttoken.http.v0.ClientDataRequest.$Shape; challengeAnswers?: null }|{ request?: "challengeAnswers"; clientData?: null; challengeAnswers: spotify.clienttoken.http.v0.ChallengeAnswersRequest.$Shape })
                    );
                }

                /**
                 * Properties of a TokenDomain.
                 * @deprecated Use spotify.clienttoken.http.v0.TokenDomain.$Properties instead.
                 */
                interface ITokenDomain extends spotify.clienttoken.http.v0.TokenDomain.$Properties {
                }

                /** Represents a TokenDomain. */
                class TokenDomain {

                    /**
                     * Constructs a new TokenDomain.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: spotify.clienttoken.http.v0.TokenDomain.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** TokenDomain domain. */
                    domain: string;

                    /**
                     * Creates a new TokenDomain instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns TokenDomain instance
                     */
                    static create(properties: spotify.clienttoken.http.v0.TokenDomain.$Shape): spotify.clienttoken.http.v0.TokenDomain & spotify.clienttoken.http.v0.TokenDomain.$Shape;
                    static create(properties?: spotify.clienttoken.http.v0.TokenDomain.$Properties): spotify.clienttoken.http.v0.TokenDomain;

                    /**
                     * Encodes the specified TokenDomain message. Does not implicitly {@link spotify.clienttoken.http.v0.TokenDomain.verify|verify} messages.
                     * @param message TokenDomain message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: spotify.clienttoken.http.v0.TokenDomain.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Encodes the specified TokenDomain message, length delimited. Does not implicitly {@link spotify.clienttoken.http.v0.TokenDomain.verify|verify} messages.
                     * @param message TokenDomain message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encodeDelimited(message: spotify.clienttoken.http.v0.TokenDomain.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a TokenDomain message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {spotify.clienttoken.http.v0.TokenDomain & spotify.clienttoken.http.v0.TokenDomain.$Shape} TokenDomain
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.clienttoken.http.v0.TokenDomain & spotify.clienttoken.http.v0.TokenDomain.$Shape;

                    /**
                     * Decodes a TokenDomain message from the specified reader or buffer, length delimited.
                     * @param reader Reader or buffer to decode from
                     * @returns {spotify.clienttoken.http.v0.TokenDomain & spotify.clienttoken.http.v0.TokenDomain.$Shape} TokenDomain
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.clienttoken.http.v0.TokenDomain & spotify.clienttoken.http.v0.TokenDomain.$Shape;

                    /**
                     * Verifies a TokenDomain message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a TokenDomain message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns TokenDomain
                     */
                    static fromObject(object: { [k: string]: any }): spotify.clienttoken.http.v0.TokenDomain;

                    /**
                     * Creates a plain object from a TokenDomain message. Also converts values to other types if specified.
                     * @param message TokenDomain
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: spotify.clienttoken.http.v0.TokenDomain, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this TokenDomain to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };

                    /**
                     * Gets the type url for TokenDomain
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace TokenDomain {

                    /** Properties of a TokenDomain. */
                    interface $Properties {

                        /** TokenDomain domain */
                        domain?: (string|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a TokenDomain. */
                    type $Shape = spotify.clienttoken.http.v0.TokenDomain.$Properties;
                }

                /**
                 * Properties of a GrantedTokenResponse.
                 * @deprecated Use spotify.clienttoken.http.v0.GrantedTokenResponse.$Properties instead.
                 */
                interface IGrantedTokenResponse extends spotify.clienttoken.http.v0.GrantedTokenResponse.$Properties {
                }

                /** Represents a GrantedTokenResponse. */
                class GrantedTokenResponse {

                    /**
                     * Constructs a new GrantedTokenResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: spotify.clienttoken.http.v0.GrantedTokenResponse.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** GrantedTokenResponse token. */
                    token: string;

                    /** GrantedTokenResponse expiresAfterSeconds. */
                    expiresAfterSeconds: number;

                    /** GrantedTokenResponse refreshAfterSeconds. */
                    refreshAfterSeconds: number;

                    /** GrantedTokenResponse domains. */
                    domains: spotify.clienttoken.http.v0.TokenDomain.$Properties[];

                    /**
                     * Creates a new GrantedTokenResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns GrantedTokenResponse instance
                     */
                    static create(properties: spotify.clienttoken.http.v0.GrantedTokenResponse.$Shape): spotify.clienttoken.http.v0.GrantedTokenResponse & spotify.clienttoken.http.v0.GrantedTokenResponse.$Shape;
                    static create(properties?: spotify.clienttoken.http.v0.GrantedTokenResponse.$Properties): spotify.clienttoken.http.v0.GrantedTokenResponse;

                    /**
                     * Encodes the specified GrantedTokenResponse message. Does not implicitly {@link spotify.clienttoken.http.v0.GrantedTokenResponse.verify|verify} messages.
                     * @param message GrantedTokenResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: spotify.clienttoken.http.v0.GrantedTokenResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Encodes the specified GrantedTokenResponse message, length delimited. Does not implicitly {@link spotify.clienttoken.http.v0.GrantedTokenResponse.verify|verify} messages.
                     * @param message GrantedTokenResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encodeDelimited(message: spotify.clienttoken.http.v0.GrantedTokenResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a GrantedTokenResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {spotify.clienttoken.http.v0.GrantedTokenResponse & spotify.clienttoken.http.v0.GrantedTokenResponse.$Shape} GrantedTokenResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.clienttoken.http.v0.GrantedTokenResponse & spotify.clienttoken.http.v0.GrantedTokenResponse.$Shape;

                    /**
                     * Decodes a GrantedTokenResponse message from the specified reader or buffer, length delimited.
                     * @param reader Reader or buffer to decode from
                     * @returns {spotify.clienttoken.http.v0.GrantedTokenResponse & spotify.clienttoken.http.v0.GrantedTokenResponse.$Shape} GrantedTokenResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.clienttoken.http.v0.GrantedTokenResponse & spotify.clienttoken.http.v0.GrantedTokenResponse.$Shape;

                    /**
                     * Verifies a GrantedTokenResponse message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a GrantedTokenResponse message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns GrantedTokenResponse
                     */
                    static fromObject(object: { [k: string]: any }): spotify.clienttoken.http.v0.GrantedTokenResponse;

                    /**
                     * Creates a plain object from a GrantedTokenResponse message. Also converts values to other types if specified.
                     * @param message GrantedTokenResponse
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: spotify.clienttoken.http.v0.GrantedTokenResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this GrantedTokenResponse to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };

                    /**
                     * Gets the type url for GrantedTokenResponse
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace GrantedTokenResponse {

                    /** Properties of a GrantedTokenResponse. */
                    interface $Properties {

                        /** GrantedTokenResponse token */
                        token?: (string|null);

                        /** GrantedTokenResponse expiresAfterSeconds */
                        expiresAfterSeconds?: (number|null);

                        /** GrantedTokenResponse refreshAfterSeconds */
                        refreshAfterSeconds?: (number|null);

                        /** GrantedTokenResponse domains */
                        domains?: (spotify.clienttoken.http.v0.TokenDomain.$Properties[]|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a GrantedTokenResponse. */
                    type $Shape = spotify.clienttoken.http.v0.GrantedTokenResponse.$Properties;
                }

                /**
                 * Properties of a HashcashParameters.
                 * @deprecated Use spotify.clienttoken.http.v0.HashcashParameters.$Properties instead.
                 */
                interface IHashcashParameters extends spotify.clienttoken.http.v0.HashcashParameters.$Properties {
                }

                /** Represents a HashcashParameters. */
                class HashcashParameters {

                    /**
                     * Constructs a new HashcashParameters.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: spotify.clienttoken.http.v0.HashcashParameters.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** HashcashParameters length. */
                    length: number;

                    /** HashcashParameters prefix. */
                    prefix: string;

                    /**
                     * Creates a new HashcashParameters instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns HashcashParameters instance
                     */
                    static create(properties: spotify.clienttoken.http.v0.HashcashParameters.$Shape): spotify.clienttoken.http.v0.HashcashParameters & spotify.clienttoken.http.v0.HashcashParameters.$Shape;
                    static create(properties?: spotify.clienttoken.http.v0.HashcashParameters.$Properties): spotify.clienttoken.http.v0.HashcashParameters;

                    /**
                     * Encodes the specified HashcashParameters message. Does not implicitly {@link spotify.clienttoken.http.v0.HashcashParameters.verify|verify} messages.
                     * @param message HashcashParameters message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: spotify.clienttoken.http.v0.HashcashParameters.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Encodes the specified HashcashParameters message, length delimited. Does not implicitly {@link spotify.clienttoken.http.v0.HashcashParameters.verify|verify} messages.
                     * @param message HashcashParameters message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encodeDelimited(message: spotify.clienttoken.http.v0.HashcashParameters.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a HashcashParameters message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {spotify.clienttoken.http.v0.HashcashParameters & spotify.clienttoken.http.v0.HashcashParameters.$Shape} HashcashParameters
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.clienttoken.http.v0.HashcashParameters & spotify.clienttoken.http.v0.HashcashParameters.$Shape;

                    /**
                     * Decodes a HashcashParameters message from the specified reader or buffer, length delimited.
                     * @param reader Reader or buffer to decode from
                     * @returns {spotify.clienttoken.http.v0.HashcashParameters & spotify.clienttoken.http.v0.HashcashParameters.$Shape} HashcashParameters
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.clienttoken.http.v0.HashcashParameters & spotify.clienttoken.http.v0.HashcashParameters.$Shape;

                    /**
                     * Verifies a HashcashParameters message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a HashcashParameters message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns HashcashParameters
                     */
                    static fromObject(object: { [k: string]: any }): spotify.clienttoken.http.v0.HashcashParameters;

                    /**
                     * Creates a plain object from a HashcashParameters message. Also converts values to other types if specified.
                     * @param message HashcashParameters
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: spotify.clienttoken.http.v0.HashcashParameters, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this HashcashParameters to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };

                    /**
                     * Gets the type url for HashcashParameters
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace HashcashParameters {

                    /** Properties of a HashcashParameters. */
                    interface $Properties {

                        /** HashcashParameters length */
                        length?: (number|null);

                        /** HashcashParameters prefix */
                        prefix?: (string|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a HashcashParameters. */
                    type $Shape = spotify.clienttoken.http.v0.HashcashParameters.$Properties;
                }

                /**
                 * Properties of a Challenge.
                 * @deprecated Use spotify.clienttoken.http.v0.Challenge.$Properties instead.
                 */
                interface IChallenge extends spotify.clienttoken.http.v0.Challenge.$Properties {
                }

                /** Represents a Challenge. */
                class Challenge {

                    /**
                     * Constructs a new Challenge.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: spotify.clienttoken.http.v0.Challenge.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Challenge type. */
                    type: spotify.clienttoken.http.v0.ChallengeType;

                    /** Challenge evaluateHashcashParameters. */
                    evaluateHashcashParameters?: (spotify.clienttoken.http.v0.HashcashParameters.$Properties|null);

                    /** Challenge parameters. */
                    parameters?: "evaluateHashcashParameters";

                    /**
                     * Creates a new Challenge instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Challenge instance
                     */
                    static create(properties: spotify.clienttoken.http.v0.Challenge.$Shape): spotify.clienttoken.http.v0.Challenge & spotify.clienttoken.http.v0.Challenge.$Shape;
                    static create(properties?: spotify.clienttoken.http.v0.Challenge.$Properties): spotify.clienttoken.http.v0.Challenge;

                    /**
                     * Encodes the specified Challenge message. Does not implicitly {@link spotify.clienttoken.http.v0.Challenge.verify|verify} messages.
                     * @param message Challenge message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: spotify.clienttoken.http.v0.Challenge.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Encodes the specified Challenge message, length delimited. Does not implicitly {@link spotify.clienttoken.http.v0.Challenge.verify|verify} messages.
                     * @param message Challenge message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encodeDelimited(message: spotify.clienttoken.http.v0.Challenge.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Challenge message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {spotify.clienttoken.http.v0.Challenge & spotify.clienttoken.http.v0.Challenge.$Shape} Challenge
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.clienttoken.http.v0.Challenge & spotify.clienttoken.http.v0.Challenge.$Shape;

                    /**
                     * Decodes a Challenge message from the specified reader or buffer, length delimited.
                     * @param reader Reader or buffer to decode from
                     * @returns {spotify.clienttoken.http.v0.Challenge & spotify.clienttoken.http.v0.Challenge.$Shape} Challenge
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.clienttoken.http.v0.Challenge & spotify.clienttoken.http.v0.Challenge.$Shape;

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
                    static fromObject(object: { [k: string]: any }): spotify.clienttoken.http.v0.Challenge;

                    /**
                     * Creates a plain object from a Challenge message. Also converts values to other types if specified.
                     * @param message Challenge
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: spotify.clienttoken.http.v0.Challenge, options?: $protobuf.IConversionOptions): { [k: string]: any };

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

                        /** Challenge type */
                        type?: (spotify.clienttoken.http.v0.ChallengeType|null);

                        /** Challenge evaluateHashcashParameters */
                        evaluateHashcashParameters?: (spotify.clienttoken.http.v0.HashcashParameters.$Properties|null);

                        /** Challenge parameters */
                        parameters?: "evaluateHashcashParameters";

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Narrowed shape of a Challenge. */
                    type $Shape = {
                      type?: spotify.clienttoken.http.v0.ChallengeType|null;
                      evaluateHashcashParameters?: spotify.clienttoken.http.v0.HashcashParameters.$Shape|null;
                      $unknowns?: Uint8Array[];
                    } & (
                      ({ parameters?: undefined; evaluateHashcashParameters?: null }|{ parameters?: "evaluateHashcashParameters"; evaluateHashcashParameters: spotify.clienttoken.http.v0.HashcashParameters.$Shape })
                    );
                }

                /**
                 * Properties of a ChallengesResponse.
                 * @deprecated Use spotify.clienttoken.http.v0.ChallengesResponse.$Properties instead.
                 */
                interface IChallengesResponse extends spotify.clienttoken.http.v0.ChallengesResponse.$Properties {
                }

                /** Represents a ChallengesResponse. */
                class ChallengesResponse {

                    /**
                     * Constructs a new ChallengesResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: spotify.clienttoken.http.v0.ChallengesResponse.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** ChallengesResponse state. */
                    state: string;

                    /** ChallengesResponse challenges. */
                    challenges: spotify.clienttoken.http.v0.Challenge.$Properties[];

                    /**
                     * Creates a new ChallengesResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns ChallengesResponse instance
                     */
                    static create(properties: spotify.clienttoken.http.v0.ChallengesResponse.$Shape): spotify.clienttoken.http.v0.ChallengesResponse & spotify.clienttoken.http.v0.ChallengesResponse.$Shape;
                    static create(properties?: spotify.clienttoken.http.v0.ChallengesResponse.$Properties): spotify.clienttoken.http.v0.ChallengesResponse;

                    /**
                     * Encodes the specified ChallengesResponse message. Does not implicitly {@link spotify.clienttoken.http.v0.ChallengesResponse.verify|verify} messages.
                     * @param message ChallengesResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: spotify.clienttoken.http.v0.ChallengesResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Encodes the specified ChallengesResponse message, length delimited. Does not implicitly {@link spotify.clienttoken.http.v0.ChallengesResponse.verify|verify} messages.
                     * @param message ChallengesResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encodeDelimited(message: spotify.clienttoken.http.v0.ChallengesResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a ChallengesResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {spotify.clienttoken.http.v0.ChallengesResponse & spotify.clienttoken.http.v0.ChallengesResponse.$Shape} ChallengesResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.clienttoken.http.v0.ChallengesResponse & spotify.clienttoken.http.v0.ChallengesResponse.$Shape;

                    /**
                     * Decodes a ChallengesResponse message from the specified reader or buffer, length delimited.
                     * @param reader Reader or buffer to decode from
                     * @returns {spotify.clienttoken.http.v0.ChallengesResponse & spotify.clienttoken.http.v0.ChallengesResponse.$Shape} ChallengesResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.clienttoken.http.v0.ChallengesResponse & spotify.clienttoken.http.v0.ChallengesResponse.$Shape;

                    /**
                     * Verifies a ChallengesResponse message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a ChallengesResponse message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns ChallengesResponse
                     */
                    static fromObject(object: { [k: string]: any }): spotify.clienttoken.http.v0.ChallengesResponse;

                    /**
                     * Creates a plain object from a ChallengesResponse message. Also converts values to other types if specified.
                     * @param message ChallengesResponse
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: spotify.clienttoken.http.v0.ChallengesResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this ChallengesResponse to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };

                    /**
                     * Gets the type url for ChallengesResponse
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace ChallengesResponse {

                    /** Properties of a ChallengesResponse. */
                    interface $Properties {

                        /** ChallengesResponse state */
                        state?: (string|null);

                        /** ChallengesResponse challenges */
                        challenges?: (spotify.clienttoken.http.v0.Challenge.$Properties[]|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a ChallengesResponse. */
                    type $Shape = {
                      state?: string|null;
                      challenges?: spotify.clienttoken.http.v0.Challenge.$Shape[]|null;
                      $unknowns?: Uint8Array[];
                    };
                }

                /**
                 * Properties of a ClientTokenResponse.
                 * @deprecated Use spotify.clienttoken.http.v0.ClientTokenResponse.$Properties instead.
                 */
                interface IClientTokenResponse extends spotify.clienttoken.http.v0.ClientTokenResponse.$Properties {
                }

                /** Represents a ClientTokenResponse. */
                class ClientTokenResponse {

                    /**
                     * Constructs a new ClientTokenResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: spotify.clienttoken.http.v0.ClientTokenResponse.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** ClientTokenResponse responseType. */
                    responseType: spotify.clienttoken.http.v0.ClientTokenResponseType;

                    /** ClientTokenResponse grantedToken. */
                    grantedToken?: (spotify.clienttoken.http.v0.GrantedTokenResponse.$Properties|null);

                    /** ClientTokenResponse challenges. */
                    challenges?: (spotify.clienttoken.http.v0.ChallengesResponse.$Properties|null);

                    /** ClientTokenResponse response. */
                    response?: ("grantedToken"|"challenges");

                    /**
                     * Creates a new ClientTokenResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns ClientTokenResponse instance
                     */
                    static create(properties: spotify.clienttoken.http.v0.ClientTokenResponse.$Shape): spotify.clienttoken.http.v0.ClientTokenResponse & spotify.clienttoken.http.v0.ClientTokenResponse.$Shape;
                    static create(properties?: spotify.clienttoken.http.v0.ClientTokenResponse.$Properties): spotify.clienttoken.http.v0.ClientTokenResponse;

                    /**
                     * Encodes the specified ClientTokenResponse message. Does not implicitly {@link spotify.clienttoken.http.v0.ClientTokenResponse.verify|verify} messages.
                     * @param message ClientTokenResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: spotify.clienttoken.http.v0.ClientTokenResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Encodes the specified ClientTokenResponse message, length delimited. Does not implicitly {@link spotify.clienttoken.http.v0.ClientTokenResponse.verify|verify} messages.
                     * @param message ClientTokenResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encodeDelimited(message: spotify.clienttoken.http.v0.ClientTokenResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a ClientTokenResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {spotify.clienttoken.http.v0.ClientTokenResponse & spotify.clienttoken.http.v0.ClientTokenResponse.$Shape} ClientTokenResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.clienttoken.http.v0.ClientTokenResponse & spotify.clienttoken.http.v0.ClientTokenResponse.$Shape;

                    /**
                     * Decodes a ClientTokenResponse message from the specified reader or buffer, length delimited.
                     * @param reader Reader or buffer to decode from
                     * @returns {spotify.clienttoken.http.v0.ClientTokenResponse & spotify.clienttoken.http.v0.ClientTokenResponse.$Shape} ClientTokenResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.clienttoken.http.v0.ClientTokenResponse & spotify.clienttoken.http.v0.ClientTokenResponse.$Shape;

                    /**
                     * Verifies a ClientTokenResponse message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a ClientTokenResponse message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns ClientTokenResponse
                     */
                    static fromObject(object: { [k: string]: any }): spotify.clienttoken.http.v0.ClientTokenResponse;

                    /**
                     * Creates a plain object from a ClientTokenResponse message. Also converts values to other types if specified.
                     * @param message ClientTokenResponse
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: spotify.clienttoken.http.v0.ClientTokenResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this ClientTokenResponse to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };

                    /**
                     * Gets the type url for ClientTokenResponse
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace ClientTokenResponse {

                    /** Properties of a ClientTokenResponse. */
                    interface $Properties {

                        /** ClientTokenResponse responseType */
                        responseType?: (spotify.clienttoken.http.v0.ClientTokenResponseType|null);

                        /** ClientTokenResponse grantedToken */
                        grantedToken?: (spotify.clienttoken.http.v0.GrantedTokenResponse.$Properties|null);

                        /** ClientTokenResponse challenges */
                        challenges?: (spotify.clienttoken.http.v0.ChallengesResponse.$Properties|null);

                        /** ClientTokenResponse response */
                        response?: ("grantedToken"|"challenges");

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Narrowed shape of a ClientTokenResponse. */
                    type $Shape = {
                      responseType?: spotify.clienttoken.http.v0.ClientTokenResponseType|null;
                      grantedToken?: spotify.clienttoken.http.v0.GrantedTokenResponse.$Shape|null;
                      challenges?: spotify.clienttoken.http.v0.ChallengesResponse.$Shape|null;
                      $unknowns?: Uint8Array[];
                    } & (
                      ({ response?: undefined; grantedToken?: null; challenges?: null }|{ response?: "grantedToken"; grantedToken: spotify.clienttoken.http.v0.GrantedTokenResponse.$Shape; challenges?: null }|{ response?: "challenges"; grantedToken?: null; challenges: spotify.clienttoken.http.v0.ChallengesResponse.$Shape })
                    );
                }
            }
        }
    }
}
