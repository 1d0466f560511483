import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace spotify. */
export namespace spotify {

    /** Namespace ap. */
    namespace ap {

        /** AuthenticationType enum. */
        enum AuthenticationType {

            /** AUTHENTICATION_USER_PASS value */
            AUTHENTICATION_USER_PASS = 0,

            /** AUTHENTICATION_STORED_SPOTIFY_CREDENTIALS value */
            AUTHENTICATION_STORED_SPOTIFY_CREDENTIALS = 1,

            /** AUTHENTICATION_STORED_FACEBOOK_CREDENTIALS value */
            AUTHENTICATION_STORED_FACEBOOK_CREDENTIALS = 2,

            /** AUTHENTICATION_SPOTIFY_TOKEN value */
            AUTHENTICATION_SPOTIFY_TOKEN = 3,

            /** AUTHENTICATION_FACEBOOK_TOKEN value */
            AUTHENTICATION_FACEBOOK_TOKEN = 4
        }

        /** CpuFamily enum. */
        enum CpuFamily {

            /** CPU_UNKNOWN value */
            CPU_UNKNOWN = 0,

            /** CPU_X86 value */
            CPU_X86 = 1,

            /** CPU_X86_64 value */
            CPU_X86_64 = 2,

            /** CPU_PPC value */
            CPU_PPC = 3,

            /** CPU_PPC_64 value */
            CPU_PPC_64 = 4,

            /** CPU_ARM value */
            CPU_ARM = 5,

            /** CPU_IA64 value */
            CPU_IA64 = 6,

            /** CPU_SH value */
            CPU_SH = 7,

            /** CPU_MIPS value */
            CPU_MIPS = 8,

            /** CPU_BLACKFIN value */
            CPU_BLACKFIN = 9
        }

        /** Os enum. */
        enum Os {

            /** OS_UNKNOWN value */
            OS_UNKNOWN = 0,

            /** OS_WINDOWS value */
            OS_WINDOWS = 1,

            /** OS_OSX value */
            OS_OSX = 2,

            /** OS_IPHONE value */
            OS_IPHONE = 3,

            /** OS_S60 value */
            OS_S60 = 4,

            /** OS_LINUX value */
            OS_LINUX = 5,

            /** OS_WINDOWS_CE value */
            OS_WINDOWS_CE = 6,

            /** OS_ANDROID value */
            OS_ANDROID = 7,

            /** OS_PALM value */
            OS_PALM = 8,

            /** OS_FREEBSD value */
            OS_FREEBSD = 9
        }

        /** AccountType enum. */
        enum AccountType {

            /** Spotify value */
            Spotify = 0,

            /** Facebook value */
            Facebook = 1
        }

        /**
         * Properties of a LoginCredentials.
         * @deprecated Use spotify.ap.LoginCredentials.$Properties instead.
         */
        interface ILoginCredentials extends spotify.ap.LoginCredentials.$Properties {
        }

        /** Represents a LoginCredentials. */
        class LoginCredentials {

            /**
             * Constructs a new LoginCredentials.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.ap.LoginCredentials.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LoginCredentials username. */
            username: string;

            /** LoginCredentials typ. */
            typ: spotify.ap.AuthenticationType;

            /** LoginCredentials authData. */
            authData: Uint8Array;

            /**
             * Creates a new LoginCredentials instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LoginCredentials instance
             */
            static create(properties: spotify.ap.LoginCredentials.$Shape): spotify.ap.LoginCredentials & spotify.ap.LoginCredentials.$Shape;
            static create(properties?: spotify.ap.LoginCredentials.$Properties): spotify.ap.LoginCredentials;

            /**
             * Encodes the specified LoginCredentials message. Does not implicitly {@link spotify.ap.LoginCredentials.verify|verify} messages.
             * @param message LoginCredentials message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.ap.LoginCredentials.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified LoginCredentials message, length delimited. Does not implicitly {@link spotify.ap.LoginCredentials.verify|verify} messages.
             * @param message LoginCredentials message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.ap.LoginCredentials.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LoginCredentials message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.ap.LoginCredentials & spotify.ap.LoginCredentials.$Shape} LoginCredentials
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.ap.LoginCredentials & spotify.ap.LoginCredentials.$Shape;

            /**
             * Decodes a LoginCredentials message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.ap.LoginCredentials & spotify.ap.LoginCredentials.$Shape} LoginCredentials
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.ap.LoginCredentials & spotify.ap.LoginCredentials.$Shape;

            /**
             * Verifies a LoginCredentials message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LoginCredentials message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LoginCredentials
             */
            static fromObject(object: { [k: string]: any }): spotify.ap.LoginCredentials;

            /**
             * Creates a plain object from a LoginCredentials message. Also converts values to other types if specified.
             * @param message LoginCredentials
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.ap.LoginCredentials, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LoginCredentials to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LoginCredentials
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LoginCredentials {

            /** Properties of a LoginCredentials. */
            interface $Properties {

                /** LoginCredentials username */
                username?: (string|null);

                /** LoginCredentials typ */
                typ: spotify.ap.AuthenticationType;

                /** LoginCredentials authData */
                authData?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LoginCredentials. */
            type $Shape = spotify.ap.LoginCredentials.$Properties;
        }

        /**
         * Properties of a SystemInfo.
         * @deprecated Use spotify.ap.SystemInfo.$Properties instead.
         */
        interface ISystemInfo extends spotify.ap.SystemInfo.$Properties {
        }

        /** Represents a SystemInfo. */
        class SystemInfo {

            /**
             * Constructs a new SystemInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.ap.SystemInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SystemInfo cpuFamily. */
            cpuFamily: spotify.ap.CpuFamily;

            /** SystemInfo cpuSubtype. */
            cpuSubtype: number;

            /** SystemInfo cpuExt. */
            cpuExt: number;

            /** SystemInfo brand. */
            brand: number;

            /** SystemInfo brandFlags. */
            brandFlags: number;

            /** SystemInfo os. */
            os: spotify.ap.Os;

            /** SystemInfo osVersion. */
            osVersion: number;

            /** SystemInfo osExt. */
            osExt: number;

            /** SystemInfo systemInformationString. */
            systemInformationString: string;

            /** SystemInfo deviceId. */
            deviceId: string;

            /**
             * Creates a new SystemInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SystemInfo instance
             */
            static create(properties: spotify.ap.SystemInfo.$Shape): spotify.ap.SystemInfo & spotify.ap.SystemInfo.$Shape;
            static create(properties?: spotify.ap.SystemInfo.$Properties): spotify.ap.SystemInfo;

            /**
             * Encodes the specified SystemInfo message. Does not implicitly {@link spotify.ap.SystemInfo.verify|verify} messages.
             * @param message SystemInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.ap.SystemInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SystemInfo message, length delimited. Does not implicitly {@link spotify.ap.SystemInfo.verify|verify} messages.
             * @param message SystemInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.ap.SystemInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SystemInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.ap.SystemInfo & spotify.ap.SystemInfo.$Shape} SystemInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.ap.SystemInfo & spotify.ap.SystemInfo.$Shape;

            /**
             * Decodes a SystemInfo message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.ap.SystemInfo & spotify.ap.SystemInfo.$Shape} SystemInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.ap.SystemInfo & spotify.ap.SystemInfo.$Shape;

            /**
             * Verifies a SystemInfo message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SystemInfo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SystemInfo
             */
            static fromObject(object: { [k: string]: any }): spotify.ap.SystemInfo;

            /**
             * Creates a plain object from a SystemInfo message. Also converts values to other types if specified.
             * @param message SystemInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.ap.SystemInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SystemInfo to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SystemInfo
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SystemInfo {

            /** Properties of a SystemInfo. */
            interface $Properties {

                /** SystemInfo cpuFamily */
                cpuFamily: spotify.ap.CpuFamily;

                /** SystemInfo cpuSubtype */
                cpuSubtype?: (number|null);

                /** SystemInfo cpuExt */
                cpuExt?: (number|null);

                /** SystemInfo brand */
                brand?: (number|null);

                /** SystemInfo brandFlags */
                brandFlags?: (number|null);

                /** SystemInfo os */
                os: spotify.ap.Os;

                /** SystemInfo osVersion */
                osVersion?: (number|null);

                /** SystemInfo osExt */
                osExt?: (number|null);

                /** SystemInfo systemInformationString */
                systemInformationString?: (string|null);

                /** SystemInfo deviceId */
                deviceId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SystemInfo. */
            type $Shape = spotify.ap.SystemInfo.$Properties;
        }

        /**
         * Properties of a ClientResponseEncrypted.
         * @deprecated Use spotify.ap.ClientResponseEncrypted.$Properties instead.
         */
        interface IClientResponseEncrypted extends spotify.ap.ClientResponseEncrypted.$Properties {
        }

        /** Represents a ClientResponseEncrypted. */
        class ClientResponseEncrypted {

            /**
             * Constructs a new ClientResponseEncrypted.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.ap.ClientResponseEncrypted.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ClientResponseEncrypted loginCredentials. */
            loginCredentials: spotify.ap.LoginCredentials.$Properties;

            /** ClientResponseEncrypted systemInfo. */
            systemInfo: spotify.ap.SystemInfo.$Properties;

            /** ClientResponseEncrypted platformModel. */
            platformModel: string;

            /** ClientResponseEncrypted versionString. */
            versionString: string;

            /**
             * Creates a new ClientResponseEncrypted instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ClientResponseEncrypted instance
             */
            static create(properties: spotify.ap.ClientResponseEncrypted.$Shape): spotify.ap.ClientResponseEncrypted & spotify.ap.ClientResponseEncrypted.$Shape;
            static create(properties?: spotify.ap.ClientResponseEncrypted.$Properties): spotify.ap.ClientResponseEncrypted;

            /**
             * Encodes the specified ClientResponseEncrypted message. Does not implicitly {@link spotify.ap.ClientResponseEncrypted.verify|verify} messages.
             * @param message ClientResponseEncrypted message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.ap.ClientResponseEncrypted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ClientResponseEncrypted message, length delimited. Does not implicitly {@link spotify.ap.ClientResponseEncrypted.verify|verify} messages.
             * @param message ClientResponseEncrypted message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.ap.ClientResponseEncrypted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ClientResponseEncrypted message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.ap.ClientResponseEncrypted & spotify.ap.ClientResponseEncrypted.$Shape} ClientResponseEncrypted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.ap.ClientResponseEncrypted & spotify.ap.ClientResponseEncrypted.$Shape;

            /**
             * Decodes a ClientResponseEncrypted message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.ap.ClientResponseEncrypted & spotify.ap.ClientResponseEncrypted.$Shape} ClientResponseEncrypted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.ap.ClientResponseEncrypted & spotify.ap.ClientResponseEncrypted.$Shape;

            /**
             * Verifies a ClientResponseEncrypted message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ClientResponseEncrypted message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ClientResponseEncrypted
             */
            static fromObject(object: { [k: string]: any }): spotify.ap.ClientResponseEncrypted;

            /**
             * Creates a plain object from a ClientResponseEncrypted message. Also converts values to other types if specified.
             * @param message ClientResponseEncrypted
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.ap.ClientResponseEncrypted, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ClientResponseEncrypted to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ClientResponseEncrypted
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ClientResponseEncrypted {

            /** Properties of a ClientResponseEncrypted. */
            interface $Properties {

                /** ClientResponseEncrypted loginCredentials */
                loginCredentials: spotify.ap.LoginCredentials.$Properties;

                /** ClientResponseEncrypted systemInfo */
                systemInfo: spotify.ap.SystemInfo.$Properties;

                /** ClientResponseEncrypted platformModel */
                platformModel?: (string|null);

                /** ClientResponseEncrypted versionString */
                versionString?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ClientResponseEncrypted. */
            type $Shape = spotify.ap.ClientResponseEncrypted.$Properties;
        }

        /**
         * Properties of an AccountInfoSpotify.
         * @deprecated Use spotify.ap.AccountInfoSpotify.$Properties instead.
         */
        interface IAccountInfoSpotify extends spotify.ap.AccountInfoSpotify.$Properties {
        }

        /** Represents an AccountInfoSpotify. */
        class AccountInfoSpotify {

            /**
             * Constructs a new AccountInfoSpotify.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.ap.AccountInfoSpotify.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new AccountInfoSpotify instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AccountInfoSpotify instance
             */
            static create(properties: spotify.ap.AccountInfoSpotify.$Shape): spotify.ap.AccountInfoSpotify & spotify.ap.AccountInfoSpotify.$Shape;
            static create(properties?: spotify.ap.AccountInfoSpotify.$Properties): spotify.ap.AccountInfoSpotify;

            /**
             * Encodes the specified AccountInfoSpotify message. Does not implicitly {@link spotify.ap.AccountInfoSpotify.verify|verify} messages.
             * @param message AccountInfoSpotify message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.ap.AccountInfoSpotify.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified AccountInfoSpotify message, length delimited. Does not implicitly {@link spotify.ap.AccountInfoSpotify.verify|verify} messages.
             * @param message AccountInfoSpotify message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.ap.AccountInfoSpotify.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AccountInfoSpotify message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.ap.AccountInfoSpotify & spotify.ap.AccountInfoSpotify.$Shape} AccountInfoSpotify
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.ap.AccountInfoSpotify & spotify.ap.AccountInfoSpotify.$Shape;

            /**
             * Decodes an AccountInfoSpotify message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.ap.AccountInfoSpotify & spotify.ap.AccountInfoSpotify.$Shape} AccountInfoSpotify
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.ap.AccountInfoSpotify & spotify.ap.AccountInfoSpotify.$Shape;

            /**
             * Verifies an AccountInfoSpotify message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AccountInfoSpotify message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AccountInfoSpotify
             */
            static fromObject(object: { [k: string]: any }): spotify.ap.AccountInfoSpotify;

            /**
             * Creates a plain object from an AccountInfoSpotify message. Also converts values to other types if specified.
             * @param message AccountInfoSpotify
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.ap.AccountInfoSpotify, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AccountInfoSpotify to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AccountInfoSpotify
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AccountInfoSpotify {

            /** Properties of an AccountInfoSpotify. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AccountInfoSpotify. */
            type $Shape = spotify.ap.AccountInfoSpotify.$Properties;
        }

        /**
         * Properties of an AccountInfoFacebook.
         * @deprecated Use spotify.ap.AccountInfoFacebook.$Properties instead.
         */
        interface IAccountInfoFacebook extends spotify.ap.AccountInfoFacebook.$Properties {
        }

        /** Represents an AccountInfoFacebook. */
        class AccountInfoFacebook {

            /**
             * Constructs a new AccountInfoFacebook.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.ap.AccountInfoFacebook.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AccountInfoFacebook accessToken. */
            accessToken: string;

            /** AccountInfoFacebook machineId. */
            machineId: string;

            /**
             * Creates a new AccountInfoFacebook instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AccountInfoFacebook instance
             */
            static create(properties: spotify.ap.AccountInfoFacebook.$Shape): spotify.ap.AccountInfoFacebook & spotify.ap.AccountInfoFacebook.$Shape;
            static create(properties?: spotify.ap.AccountInfoFacebook.$Properties): spotify.ap.AccountInfoFacebook;

            /**
             * Encodes the specified AccountInfoFacebook message. Does not implicitly {@link spotify.ap.AccountInfoFacebook.verify|verify} messages.
             * @param message AccountInfoFacebook message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.ap.AccountInfoFacebook.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified AccountInfoFacebook message, length delimited. Does not implicitly {@link spotify.ap.AccountInfoFacebook.verify|verify} messages.
             * @param message AccountInfoFacebook message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.ap.AccountInfoFacebook.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AccountInfoFacebook message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.ap.AccountInfoFacebook & spotify.ap.AccountInfoFacebook.$Shape} AccountInfoFacebook
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.ap.AccountInfoFacebook & spotify.ap.AccountInfoFacebook.$Shape;

            /**
             * Decodes an AccountInfoFacebook message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.ap.AccountInfoFacebook & spotify.ap.AccountInfoFacebook.$Shape} AccountInfoFacebook
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.ap.AccountInfoFacebook & spotify.ap.AccountInfoFacebook.$Shape;

            /**
             * Verifies an AccountInfoFacebook message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AccountInfoFacebook message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AccountInfoFacebook
             */
            static fromObject(object: { [k: string]: any }): spotify.ap.AccountInfoFacebook;

            /**
             * Creates a plain object from an AccountInfoFacebook message. Also converts values to other types if specified.
             * @param message AccountInfoFacebook
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.ap.AccountInfoFacebook, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AccountInfoFacebook to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AccountInfoFacebook
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AccountInfoFacebook {

            /** Properties of an AccountInfoFacebook. */
            interface $Properties {

                /** AccountInfoFacebook accessToken */
                accessToken?: (string|null);

                /** AccountInfoFacebook machineId */
                machineId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AccountInfoFacebook. */
            type $Shape = spotify.ap.AccountInfoFacebook.$Properties;
        }

        /**
         * Properties of an AccountInfo.
         * @deprecated Use spotify.ap.AccountInfo.$Properties instead.
         */
        interface IAccountInfo extends spotify.ap.AccountInfo.$Properties {
        }

        /** Represents an AccountInfo. */
        class AccountInfo {

            /**
             * Constructs a new AccountInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.ap.AccountInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AccountInfo spotify. */
            spotify?: (spotify.ap.AccountInfoSpotify.$Properties|null);

            /** AccountInfo facebook. */
            facebook?: (spotify.ap.AccountInfoFacebook.$Properties|null);

            /**
             * Creates a new AccountInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AccountInfo instance
             */
            static create(properties: spotify.ap.AccountInfo.$Shape): spotify.ap.AccountInfo & spotify.ap.AccountInfo.$Shape;
            static create(properties?: spotify.ap.AccountInfo.$Properties): spotify.ap.AccountInfo;

            /**
             * Encodes the specified AccountInfo message. Does not implicitly {@link spotify.ap.AccountInfo.verify|verify} messages.
             * @param message AccountInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.ap.AccountInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified AccountInfo message, length delimited. Does not implicitly {@link spotify.ap.AccountInfo.verify|verify} messages.
             * @param message AccountInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.ap.AccountInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AccountInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.ap.AccountInfo & spotify.ap.AccountInfo.$Shape} AccountInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.ap.AccountInfo & spotify.ap.AccountInfo.$Shape;

            /**
             * Decodes an AccountInfo message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.ap.AccountInfo & spotify.ap.AccountInfo.$Shape} AccountInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.ap.AccountInfo & spotify.ap.AccountInfo.$Shape;

            /**
             * Verifies an AccountInfo message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AccountInfo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AccountInfo
             */
            static fromObject(object: { [k: string]: any }): spotify.ap.AccountInfo;

            /**
             * Creates a plain object from an AccountInfo message. Also converts values to other types if specified.
             * @param message AccountInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.ap.AccountInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AccountInfo to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AccountInfo
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AccountInfo {

            /** Properties of an AccountInfo. */
            interface $Properties {

                /** AccountInfo spotify */
                spotify?: (spotify.ap.AccountInfoSpotify.$Properties|null);

                /** AccountInfo facebook */
                facebook?: (spotify.ap.AccountInfoFacebook.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AccountInfo. */
            type $Shape = spotify.ap.AccountInfo.$Properties;
        }

        /**
         * Properties of a APWelcome.
         * @deprecated Use spotify.ap.APWelcome.$Properties instead.
         */
        interface IAPWelcome extends spotify.ap.APWelcome.$Properties {
        }

        /** Represents a APWelcome. */
        class APWelcome {

            /**
             * Constructs a new APWelcome.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.ap.APWelcome.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** APWelcome canonicalUsername. */
            canonicalUsername: string;

            /** APWelcome accountTypeLoggedIn. */
            accountTypeLoggedIn: spotify.ap.AccountType;

            /** APWelcome credentialsTypeLoggedIn. */
            credentialsTypeLoggedIn: spotify.ap.AccountType;

            /** APWelcome reusableAuthCredentialsType. */
            reusableAuthCredentialsType: spotify.ap.AuthenticationType;

            /** APWelcome reusableAuthCredentials. */
            reusableAuthCredentials: Uint8Array;

            /** APWelcome lfsSecret. */
            lfsSecret: Uint8Array;

            /** APWelcome accountInfo. */
            accountInfo?: (spotify.ap.AccountInfo.$Properties|null);

            /** APWelcome fb. */
            fb?: (spotify.ap.AccountInfoFacebook.$Properties|null);

            /**
             * Creates a new APWelcome instance using the specified properties.
             * @param [properties] Properties to set
             * @returns APWelcome instance
             */
            static create(properties: spotify.ap.APWelcome.$Shape): spotify.ap.APWelcome & spotify.ap.APWelcome.$Shape;
            static create(properties?: spotify.ap.APWelcome.$Properties): spotify.ap.APWelcome;

            /**
             * Encodes the specified APWelcome message. Does not implicitly {@link spotify.ap.APWelcome.verify|verify} messages.
             * @param message APWelcome message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.ap.APWelcome.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified APWelcome message, length delimited. Does not implicitly {@link spotify.ap.APWelcome.verify|verify} messages.
             * @param message APWelcome message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.ap.APWelcome.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a APWelcome message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.ap.APWelcome & spotify.ap.APWelcome.$Shape} APWelcome
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.ap.APWelcome & spotify.ap.APWelcome.$Shape;

            /**
             * Decodes a APWelcome message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.ap.APWelcome & spotify.ap.APWelcome.$Shape} APWelcome
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.ap.APWelcome & spotify.ap.APWelcome.$Shape;

            /**
             * Verifies a APWelcome message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a APWelcome message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns APWelcome
             */
            static fromObject(object: { [k: string]: any }): spotify.ap.APWelcome;

            /**
             * Creates a plain object from a APWelcome message. Also converts values to other types if specified.
             * @param message APWelcome
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.ap.APWelcome, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this APWelcome to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for APWelcome
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace APWelcome {

            /** Properties of a APWelcome. */
            interface $Properties {

                /** APWelcome canonicalUsername */
                canonicalUsername: string;

                /** APWelcome accountTypeLoggedIn */
                accountTypeLoggedIn: spotify.ap.AccountType;

                /** APWelcome credentialsTypeLoggedIn */
                credentialsTypeLoggedIn: spotify.ap.AccountType;

                /** APWelcome reusableAuthCredentialsType */
                reusableAuthCredentialsType: spotify.ap.AuthenticationType;

                /** APWelcome reusableAuthCredentials */
                reusableAuthCredentials: Uint8Array;

                /** APWelcome lfsSecret */
                lfsSecret?: (Uint8Array|null);

                /** APWelcome accountInfo */
                accountInfo?: (spotify.ap.AccountInfo.$Properties|null);

                /** APWelcome fb */
                fb?: (spotify.ap.AccountInfoFacebook.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a APWelcome. */
            type $Shape = spotify.ap.APWelcome.$Properties;
        }

        /** Product enum. */
        enum Product {

            /** PRODUCT_CLIENT value */
            PRODUCT_CLIENT = 0,

            /** PRODUCT_LIBSPOTIFY value */
            PRODUCT_LIBSPOTIFY = 1,

            /** PRODUCT_MOBILE value */
            PRODUCT_MOBILE = 2,

            /** PRODUCT_PARTNER value */
            PRODUCT_PARTNER = 3,

            /** PRODUCT_LIBSPOTIFY_EMBEDDED value */
            PRODUCT_LIBSPOTIFY_EMBEDDED = 5
        }

        /** ProductFlags enum. */
        enum ProductFlags {

            /** PRODUCT_FLAG_NONE value */
            PRODUCT_FLAG_NONE = 0,

            /** PRODUCT_FLAG_DEV_BUILD value */
            PRODUCT_FLAG_DEV_BUILD = 1
        }

        /** Platform enum. */
        enum Platform {

            /** PLATFORM_WIN32_X86 value */
            PLATFORM_WIN32_X86 = 0,

            /** PLATFORM_OSX_X86 value */
            PLATFORM_OSX_X86 = 1,

            /** PLATFORM_LINUX_X86 value */
            PLATFORM_LINUX_X86 = 2,

            /** PLATFORM_IPHONE_ARM value */
            PLATFORM_IPHONE_ARM = 3,

            /** PLATFORM_ANDROID_ARM value */
            PLATFORM_ANDROID_ARM = 6,

            /** PLATFORM_LINUX_X86_64 value */
            PLATFORM_LINUX_X86_64 = 8,

            /** PLATFORM_OSX_X86_64 value */
            PLATFORM_OSX_X86_64 = 9,

            /** PLATFORM_LINUX_MIPS value */
            PLATFORM_LINUX_MIPS = 16,

            /** PLATFORM_LINUX_ARM value */
            PLATFORM_LINUX_ARM = 17,

            /** PLATFORM_LINUX_BLACKFIN value */
            PLATFORM_LINUX_BLACKFIN = 19,

            /** PLATFORM_WEBPLAYER value */
            PLATFORM_WEBPLAYER = 24,

            /** PLATFORM_IPHONE_ARM64 value */
            PLATFORM_IPHONE_ARM64 = 36,

            /** PLATFORM_GENERIC_PARTNER value */
            PLATFORM_GENERIC_PARTNER = 38,

            /** PLATFORM_WIN32_X86_64 value */
            PLATFORM_WIN32_X86_64 = 39
        }

        /** Cryptosuite enum. */
        enum Cryptosuite {

            /** CRYPTO_SUITE_SHANNON value */
            CRYPTO_SUITE_SHANNON = 0,

            /** CRYPTO_SUITE_RC4_SHA1_HMAC value */
            CRYPTO_SUITE_RC4_SHA1_HMAC = 1
        }

        /** Powscheme enum. */
        enum Powscheme {

            /** POW_HASH_CASH value */
            POW_HASH_CASH = 0
        }

        /**
         * Properties of a BuildInfo.
         * @deprecated Use spotify.ap.BuildInfo.$Properties instead.
         */
        interface IBuildInfo extends spotify.ap.BuildInfo.$Properties {
        }

        /** Represents a BuildInfo. */
        class BuildInfo {

            /**
             * Constructs a new BuildInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.ap.BuildInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BuildInfo product. */
            product: spotify.ap.Product;

            /** BuildInfo productFlags. */
            productFlags: spotify.ap.ProductFlags[];

            /** BuildInfo platform. */
            platform: spotify.ap.Platform;

            /** BuildInfo version. */
            version: (number|Long);

            /**
             * Creates a new BuildInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BuildInfo instance
             */
            static create(properties: spotify.ap.BuildInfo.$Shape): spotify.ap.BuildInfo & spotify.ap.BuildInfo.$Shape;
            static create(properties?: spotify.ap.BuildInfo.$Properties): spotify.ap.BuildInfo;

            /**
             * Encodes the specified BuildInfo message. Does not implicitly {@link spotify.ap.BuildInfo.verify|verify} messages.
             * @param message BuildInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.ap.BuildInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified BuildInfo message, length delimited. Does not implicitly {@link spotify.ap.BuildInfo.verify|verify} messages.
             * @param message BuildInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.ap.BuildInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BuildInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.ap.BuildInfo & spotify.ap.BuildInfo.$Shape} BuildInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.ap.BuildInfo & spotify.ap.BuildInfo.$Shape;

            /**
             * Decodes a BuildInfo message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.ap.BuildInfo & spotify.ap.BuildInfo.$Shape} BuildInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.ap.BuildInfo & spotify.ap.BuildInfo.$Shape;

            /**
             * Verifies a BuildInfo message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a BuildInfo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns BuildInfo
             */
            static fromObject(object: { [k: string]: any }): spotify.ap.BuildInfo;

            /**
             * Creates a plain object from a BuildInfo message. Also converts values to other types if specified.
             * @param message BuildInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.ap.BuildInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this BuildInfo to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for BuildInfo
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace BuildInfo {

            /** Properties of a BuildInfo. */
            interface $Properties {

                /** BuildInfo product */
                product: spotify.ap.Product;

                /** BuildInfo productFlags */
                productFlags?: (spotify.ap.ProductFlags[]|null);

                /** BuildInfo platform */
                platform: spotify.ap.Platform;

                /** BuildInfo version */
                version: (number|Long);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BuildInfo. */
            type $Shape = spotify.ap.BuildInfo.$Properties;
        }

        /**
         * Properties of a LoginCryptoDiffieHellmanHello.
         * @deprecated Use spotify.ap.LoginCryptoDiffieHellmanHello.$Properties instead.
         */
        interface ILoginCryptoDiffieHellmanHello extends spotify.ap.LoginCryptoDiffieHellmanHello.$Properties {
        }

        /** Represents a LoginCryptoDiffieHellmanHello. */
        class LoginCryptoDiffieHellmanHello {

            /**
             * Constructs a new LoginCryptoDiffieHellmanHello.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.ap.LoginCryptoDiffieHellmanHello.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LoginCryptoDiffieHellmanHello gc. */
            gc: Uint8Array;

            /** LoginCryptoDiffieHellmanHello serverKeysKnown. */
            serverKeysKnown: number;

            /**
             * Creates a new LoginCryptoDiffieHellmanHello instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LoginCryptoDiffieHellmanHello instance
             */
            static create(properties: spotify.ap.LoginCryptoDiffieHellmanHello.$Shape): spotify.ap.LoginCryptoDiffieHellmanHello & spotify.ap.LoginCryptoDiffieHellmanHello.$Shape;
            static create(properties?: spotify.ap.LoginCryptoDiffieHellmanHello.$Properties): spotify.ap.LoginCryptoDiffieHellmanHello;

            /**
             * Encodes the specified LoginCryptoDiffieHellmanHello message. Does not implicitly {@link spotify.ap.LoginCryptoDiffieHellmanHello.verify|verify} messages.
             * @param message LoginCryptoDiffieHellmanHello message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.ap.LoginCryptoDiffieHellmanHello.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified LoginCryptoDiffieHellmanHello message, length delimited. Does not implicitly {@link spotify.ap.LoginCryptoDiffieHellmanHello.verify|verify} messages.
             * @param message LoginCryptoDiffieHellmanHello message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.ap.LoginCryptoDiffieHellmanHello.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LoginCryptoDiffieHellmanHello message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.ap.LoginCryptoDiffieHellmanHello & spotify.ap.LoginCryptoDiffieHellmanHello.$Shape} LoginCryptoDiffieHellmanHello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.ap.LoginCryptoDiffieHellmanHello & spotify.ap.LoginCryptoDiffieHellmanHello.$Shape;

            /**
             * Decodes a LoginCryptoDiffieHellmanHello message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.ap.LoginCryptoDiffieHellmanHello & spotify.ap.LoginCryptoDiffieHellmanHello.$Shape} LoginCryptoDiffieHellmanHello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.ap.LoginCryptoDiffieHellmanHello & spotify.ap.LoginCryptoDiffieHellmanHello.$Shape;

            /**
             * Verifies a LoginCryptoDiffieHellmanHello message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LoginCryptoDiffieHellmanHello message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LoginCryptoDiffieHellmanHello
             */
            static fromObject(object: { [k: string]: any }): spotify.ap.LoginCryptoDiffieHellmanHello;

            /**
             * Creates a plain object from a LoginCryptoDiffieHellmanHello message. Also converts values to other types if specified.
             * @param message LoginCryptoDiffieHellmanHello
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.ap.LoginCryptoDiffieHellmanHello, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LoginCryptoDiffieHellmanHello to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LoginCryptoDiffieHellmanHello
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LoginCryptoDiffieHellmanHello {

            /** Properties of a LoginCryptoDiffieHellmanHello. */
            interface $Properties {

                /** LoginCryptoDiffieHellmanHello gc */
                gc: Uint8Array;

                /** LoginCryptoDiffieHellmanHello serverKeysKnown */
                serverKeysKnown: number;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LoginCryptoDiffieHellmanHello. */
            type $Shape = spotify.ap.LoginCryptoDiffieHellmanHello.$Properties;
        }

        /**
         * Properties of a LoginCryptoHelloUnion.
         * @deprecated Use spotify.ap.LoginCryptoHelloUnion.$Properties instead.
         */
        interface ILoginCryptoHelloUnion extends spotify.ap.LoginCryptoHelloUnion.$Properties {
        }

        /** Represents a LoginCryptoHelloUnion. */
        class LoginCryptoHelloUnion {

            /**
             * Constructs a new LoginCryptoHelloUnion.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.ap.LoginCryptoHelloUnion.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LoginCryptoHelloUnion diffieHellman. */
            diffieHellman?: (spotify.ap.LoginCryptoDiffieHellmanHello.$Properties|null);

            /**
             * Creates a new LoginCryptoHelloUnion instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LoginCryptoHelloUnion instance
             */
            static create(properties: spotify.ap.LoginCryptoHelloUnion.$Shape): spotify.ap.LoginCryptoHelloUnion & spotify.ap.LoginCryptoHelloUnion.$Shape;
            static create(properties?: spotify.ap.LoginCryptoHelloUnion.$Properties): spotify.ap.LoginCryptoHelloUnion;

            /**
             * Encodes the specified LoginCryptoHelloUnion message. Does not implicitly {@link spotify.ap.LoginCryptoHelloUnion.verify|verify} messages.
             * @param message LoginCryptoHelloUnion message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.ap.LoginCryptoHelloUnion.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified LoginCryptoHelloUnion message, length delimited. Does not implicitly {@link spotify.ap.LoginCryptoHelloUnion.verify|verify} messages.
             * @param message LoginCryptoHelloUnion message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.ap.LoginCryptoHelloUnion.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LoginCryptoHelloUnion message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.ap.LoginCryptoHelloUnion & spotify.ap.LoginCryptoHelloUnion.$Shape} LoginCryptoHelloUnion
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.ap.LoginCryptoHelloUnion & spotify.ap.LoginCryptoHelloUnion.$Shape;

            /**
             * Decodes a LoginCryptoHelloUnion message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.ap.LoginCryptoHelloUnion & spotify.ap.LoginCryptoHelloUnion.$Shape} LoginCryptoHelloUnion
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.ap.LoginCryptoHelloUnion & spotify.ap.LoginCryptoHelloUnion.$Shape;

            /**
             * Verifies a LoginCryptoHelloUnion message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LoginCryptoHelloUnion message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LoginCryptoHelloUnion
             */
            static fromObject(object: { [k: string]: any }): spotify.ap.LoginCryptoHelloUnion;

            /**
             * Creates a plain object from a LoginCryptoHelloUnion message. Also converts values to other types if specified.
             * @param message LoginCryptoHelloUnion
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.ap.LoginCryptoHelloUnion, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LoginCryptoHelloUnion to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LoginCryptoHelloUnion
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LoginCryptoHelloUnion {

            /** Properties of a LoginCryptoHelloUnion. */
            interface $Properties {

                /** LoginCryptoHelloUnion diffieHellman */
                diffieHellman?: (spotify.ap.LoginCryptoDiffieHellmanHello.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LoginCryptoHelloUnion. */
            type $Shape = spotify.ap.LoginCryptoHelloUnion.$Properties;
        }

        /**
         * Properties of a FeatureSet.
         * @deprecated Use spotify.ap.FeatureSet.$Properties instead.
         */
        interface IFeatureSet extends spotify.ap.FeatureSet.$Properties {
        }

        /** Represents a FeatureSet. */
        class FeatureSet {

            /**
             * Constructs a new FeatureSet.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.ap.FeatureSet.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FeatureSet autoupdate2. */
            autoupdate2: boolean;

            /** FeatureSet currentLocation. */
            currentLocation: boolean;

            /**
             * Creates a new FeatureSet instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FeatureSet instance
             */
            static create(properties: spotify.ap.FeatureSet.$Shape): spotify.ap.FeatureSet & spotify.ap.FeatureSet.$Shape;
            static create(properties?: spotify.ap.FeatureSet.$Properties): spotify.ap.FeatureSet;

            /**
             * Encodes the specified FeatureSet message. Does not implicitly {@link spotify.ap.FeatureSet.verify|verify} messages.
             * @param message FeatureSet message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.ap.FeatureSet.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified FeatureSet message, length delimited. Does not implicitly {@link spotify.ap.FeatureSet.verify|verify} messages.
             * @param message FeatureSet message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.ap.FeatureSet.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FeatureSet message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.ap.FeatureSet & spotify.ap.FeatureSet.$Shape} FeatureSet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.ap.FeatureSet & spotify.ap.FeatureSet.$Shape;

            /**
             * Decodes a FeatureSet message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.ap.FeatureSet & spotify.ap.FeatureSet.$Shape} FeatureSet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.ap.FeatureSet & spotify.ap.FeatureSet.$Shape;

            /**
             * Verifies a FeatureSet message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a FeatureSet message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FeatureSet
             */
            static fromObject(object: { [k: string]: any }): spotify.ap.FeatureSet;

            /**
             * Creates a plain object from a FeatureSet message. Also converts values to other types if specified.
             * @param message FeatureSet
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.ap.FeatureSet, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FeatureSet to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for FeatureSet
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace FeatureSet {

            /** Properties of a FeatureSet. */
            interface $Properties {

                /** FeatureSet autoupdate2 */
                autoupdate2?: (boolean|null);

                /** FeatureSet currentLocation */
                currentLocation?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FeatureSet. */
            type $Shape = spotify.ap.FeatureSet.$Properties;
        }

        /**
         * Properties of a ClientHello.
         * @deprecated Use spotify.ap.ClientHello.$Properties instead.
         */
        interface IClientHello extends spotify.ap.ClientHello.$Properties {
        }

        /** Represents a ClientHello. */
        class ClientHello {

            /**
             * Constructs a new ClientHello.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.ap.ClientHello.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ClientHello buildInfo. */
            buildInfo: spotify.ap.BuildInfo.$Properties;

            /** ClientHello cryptosuitesSupported. */
            cryptosuitesSupported: spotify.ap.Cryptosuite[];

            /** ClientHello powschemesSupported. */
            powschemesSupported: spotify.ap.Powscheme[];

            /** ClientHello loginCryptoHello. */
            loginCryptoHello: spotify.ap.LoginCryptoHelloUnion.$Properties;

            /** ClientHello clientNonce. */
            clientNonce: Uint8Array;

            /** ClientHello padding. */
            padding: Uint8Array;

            /** ClientHello featureSet. */
            featureSet?: (spotify.ap.FeatureSet.$Properties|null);

            /**
             * Creates a new ClientHello instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ClientHello instance
             */
            static create(properties: spotify.ap.ClientHello.$Shape): spotify.ap.ClientHello & spotify.ap.ClientHello.$Shape;
            static create(properties?: spotify.ap.ClientHello.$Properties): spotify.ap.ClientHello;

            /**
             * Encodes the specified ClientHello message. Does not implicitly {@link spotify.ap.ClientHello.verify|verify} messages.
             * @param message ClientHello message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.ap.ClientHello.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ClientHello message, length delimited. Does not implicitly {@link spotify.ap.ClientHello.verify|verify} messages.
             * @param message ClientHello message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.ap.ClientHello.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ClientHello message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.ap.ClientHello & spotify.ap.ClientHello.$Shape} ClientHello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.ap.ClientHello & spotify.ap.ClientHello.$Shape;

            /**
             * Decodes a ClientHello message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.ap.ClientHello & spotify.ap.ClientHello.$Shape} ClientHello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.ap.ClientHello & spotify.ap.ClientHello.$Shape;

            /**
             * Verifies a ClientHello message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ClientHello message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ClientHello
             */
            static fromObject(object: { [k: string]: any }): spotify.ap.ClientHello;

            /**
             * Creates a plain object from a ClientHello message. Also converts values to other types if specified.
             * @param message ClientHello
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.ap.ClientHello, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ClientHello to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ClientHello
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ClientHello {

            /** Properties of a ClientHello. */
            interface $Properties {

                /** ClientHello buildInfo */
                buildInfo: spotify.ap.BuildInfo.$Properties;

                /** ClientHello cryptosuitesSupported */
                cryptosuitesSupported?: (spotify.ap.Cryptosuite[]|null);

                /** ClientHello powschemesSupported */
                powschemesSupported?: (spotify.ap.Powscheme[]|null);

                /** ClientHello loginCryptoHello */
                loginCryptoHello: spotify.ap.LoginCryptoHelloUnion.$Properties;

                /** ClientHello clientNonce */
                clientNonce: Uint8Array;

                /** ClientHello padding */
                padding?: (Uint8Array|null);

                /** ClientHello featureSet */
                featureSet?: (spotify.ap.FeatureSet.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ClientHello. */
            type $Shape = spotify.ap.ClientHello.$Properties;
        }

        /**
         * Properties of a LoginCryptoDiffieHellmanChallenge.
         * @deprecated Use spotify.ap.LoginCryptoDiffieHellmanChallenge.$Properties instead.
         */
        interface ILoginCryptoDiffieHellmanChallenge extends spotify.ap.LoginCryptoDiffieHellmanChallenge.$Properties {
        }

        /** Represents a LoginCryptoDiffieHellmanChallenge. */
        class LoginCryptoDiffieHellmanChallenge {

            /**
             * Constructs a new LoginCryptoDiffieHellmanChallenge.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.ap.LoginCryptoDiffieHellmanChallenge.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LoginCryptoDiffieHellmanChallenge gs. */
            gs: Uint8Array;

            /** LoginCryptoDiffieHellmanChallenge serverSignatureKey. */
            serverSignatureKey: number;

            /** LoginCryptoDiffieHellmanChallenge gsSignature. */
            gsSignature: Uint8Array;

            /**
             * Creates a new LoginCryptoDiffieHellmanChallenge instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LoginCryptoDiffieHellmanChallenge instance
             */
            static create(properties: spotify.ap.LoginCryptoDiffieHellmanChallenge.$Shape): spotify.ap.LoginCryptoDiffieHellmanChallenge & spotify.ap.LoginCryptoDiffieHellmanChallenge.$Shape;
            static create(properties?: spotify.ap.LoginCryptoDiffieHellmanChallenge.$Properties): spotify.ap.LoginCryptoDiffieHellmanChallenge;

            /**
             * Encodes the specified LoginCryptoDiffieHellmanChallenge message. Does not implicitly {@link spotify.ap.LoginCryptoDiffieHellmanChallenge.verify|verify} messages.
             * @param message LoginCryptoDiffieHellmanChallenge message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.ap.LoginCryptoDiffieHellmanChallenge.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified LoginCryptoDiffieHellmanChallenge message, length delimited. Does not implicitly {@link spotify.ap.LoginCryptoDiffieHellmanChallenge.verify|verify} messages.
             * @param message LoginCryptoDiffieHellmanChallenge message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.ap.LoginCryptoDiffieHellmanChallenge.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LoginCryptoDiffieHellmanChallenge message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.ap.LoginCryptoDiffieHellmanChallenge & spotify.ap.LoginCryptoDiffieHellmanChallenge.$Shape} LoginCryptoDiffieHellmanChallenge
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.ap.LoginCryptoDiffieHellmanChallenge & spotify.ap.LoginCryptoDiffieHellmanChallenge.$Shape;

            /**
             * Decodes a LoginCryptoDiffieHellmanChallenge message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.ap.LoginCryptoDiffieHellmanChallenge & spotify.ap.LoginCryptoDiffieHellmanChallenge.$Shape} LoginCryptoDiffieHellmanChallenge
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.ap.LoginCryptoDiffieHellmanChallenge & spotify.ap.LoginCryptoDiffieHellmanChallenge.$Shape;

            /**
             * Verifies a LoginCryptoDiffieHellmanChallenge message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LoginCryptoDiffieHellmanChallenge message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LoginCryptoDiffieHellmanChallenge
             */
            static fromObject(object: { [k: string]: any }): spotify.ap.LoginCryptoDiffieHellmanChallenge;

            /**
             * Creates a plain object from a LoginCryptoDiffieHellmanChallenge message. Also converts values to other types if specified.
             * @param message LoginCryptoDiffieHellmanChallenge
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.ap.LoginCryptoDiffieHellmanChallenge, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LoginCryptoDiffieHellmanChallenge to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LoginCryptoDiffieHellmanChallenge
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LoginCryptoDiffieHellmanChallenge {

            /** Properties of a LoginCryptoDiffieHellmanChallenge. */
            interface $Properties {

                /** LoginCryptoDiffieHellmanChallenge gs */
                gs: Uint8Array;

                /** LoginCryptoDiffieHellmanChallenge serverSignatureKey */
                serverSignatureKey: number;

                /** LoginCryptoDiffieHellmanChallenge gsSignature */
                gsSignature: Uint8Array;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LoginCryptoDiffieHellmanChallenge. */
            type $Shape = spotify.ap.LoginCryptoDiffieHellmanChallenge.$Properties;
        }

        /**
         * Properties of a LoginCryptoChallengeUnion.
         * @deprecated Use spotify.ap.LoginCryptoChallengeUnion.$Properties instead.
         */
        interface ILoginCryptoChallengeUnion extends spotify.ap.LoginCryptoChallengeUnion.$Properties {
        }

        /** Represents a LoginCryptoChallengeUnion. */
        class LoginCryptoChallengeUnion {

            /**
             * Constructs a new LoginCryptoChallengeUnion.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.ap.LoginCryptoChallengeUnion.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LoginCryptoChallengeUnion diffieHellman. */
            diffieHellman?: (spotify.ap.LoginCryptoDiffieHellmanChallenge.$Properties|null);

            /**
             * Creates a new LoginCryptoChallengeUnion instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LoginCryptoChallengeUnion instance
             */
            static create(properties: spotify.ap.LoginCryptoChallengeUnion.$Shape): spotify.ap.LoginCryptoChallengeUnion & spotify.ap.LoginCryptoChallengeUnion.$Shape;
            static create(properties?: spotify.ap.LoginCryptoChallengeUnion.$Properties): spotify.ap.LoginCryptoChallengeUnion;

            /**
             * Encodes the specified LoginCryptoChallengeUnion message. Does not implicitly {@link spotify.ap.LoginCryptoChallengeUnion.verify|verify} messages.
             * @param message LoginCryptoChallengeUnion message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.ap.LoginCryptoChallengeUnion.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified LoginCryptoChallengeUnion message, length delimited. Does not implicitly {@link spotify.ap.LoginCryptoChallengeUnion.verify|verify} messages.
             * @param message LoginCryptoChallengeUnion message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.ap.LoginCryptoChallengeUnion.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LoginCryptoChallengeUnion message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.ap.LoginCryptoChallengeUnion & spotify.ap.LoginCryptoChallengeUnion.$Shape} LoginCryptoChallengeUnion
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.ap.LoginCryptoChallengeUnion & spotify.ap.LoginCryptoChallengeUnion.$Shape;

            /**
             * Decodes a LoginCryptoChallengeUnion message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.ap.LoginCryptoChallengeUnion & spotify.ap.LoginCryptoChallengeUnion.$Shape} LoginCryptoChallengeUnion
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.ap.LoginCryptoChallengeUnion & spotify.ap.LoginCryptoChallengeUnion.$Shape;

            /**
             * Verifies a LoginCryptoChallengeUnion message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LoginCryptoChallengeUnion message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LoginCryptoChallengeUnion
             */
            static fromObject(object: { [k: string]: any }): spotify.ap.LoginCryptoChallengeUnion;

            /**
             * Creates a plain object from a LoginCryptoChallengeUnion message. Also converts values to other types if specified.
             * @param message LoginCryptoChallengeUnion
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.ap.LoginCryptoChallengeUnion, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LoginCryptoChallengeUnion to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LoginCryptoChallengeUnion
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LoginCryptoChallengeUnion {

            /** Properties of a LoginCryptoChallengeUnion. */
            interface $Properties {

                /** LoginCryptoChallengeUnion diffieHellman */
                diffieHellman?: (spotify.ap.LoginCryptoDiffieHellmanChallenge.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LoginCryptoChallengeUnion. */
            type $Shape = spotify.ap.LoginCryptoChallengeUnion.$Properties;
        }

        /**
         * Properties of a FingerprintChallengeUnion.
         * @deprecated Use spotify.ap.FingerprintChallengeUnion.$Properties instead.
         */
        interface IFingerprintChallengeUnion extends spotify.ap.FingerprintChallengeUnion.$Properties {
        }

        /** Represents a FingerprintChallengeUnion. */
        class FingerprintChallengeUnion {

            /**
             * Constructs a new FingerprintChallengeUnion.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.ap.FingerprintChallengeUnion.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new FingerprintChallengeUnion instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FingerprintChallengeUnion instance
             */
            static create(properties: spotify.ap.FingerprintChallengeUnion.$Shape): spotify.ap.FingerprintChallengeUnion & spotify.ap.FingerprintChallengeUnion.$Shape;
            static create(properties?: spotify.ap.FingerprintChallengeUnion.$Properties): spotify.ap.FingerprintChallengeUnion;

            /**
             * Encodes the specified FingerprintChallengeUnion message. Does not implicitly {@link spotify.ap.FingerprintChallengeUnion.verify|verify} messages.
             * @param message FingerprintChallengeUnion message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.ap.FingerprintChallengeUnion.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified FingerprintChallengeUnion message, length delimited. Does not implicitly {@link spotify.ap.FingerprintChallengeUnion.verify|verify} messages.
             * @param message FingerprintChallengeUnion message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.ap.FingerprintChallengeUnion.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FingerprintChallengeUnion message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.ap.FingerprintChallengeUnion & spotify.ap.FingerprintChallengeUnion.$Shape} FingerprintChallengeUnion
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.ap.FingerprintChallengeUnion & spotify.ap.FingerprintChallengeUnion.$Shape;

            /**
             * Decodes a FingerprintChallengeUnion message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.ap.FingerprintChallengeUnion & spotify.ap.FingerprintChallengeUnion.$Shape} FingerprintChallengeUnion
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.ap.FingerprintChallengeUnion & spotify.ap.FingerprintChallengeUnion.$Shape;

            /**
             * Verifies a FingerprintChallengeUnion message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a FingerprintChallengeUnion message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FingerprintChallengeUnion
             */
            static fromObject(object: { [k: string]: any }): spotify.ap.FingerprintChallengeUnion;

            /**
             * Creates a plain object from a FingerprintChallengeUnion message. Also converts values to other types if specified.
             * @param message FingerprintChallengeUnion
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.ap.FingerprintChallengeUnion, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FingerprintChallengeUnion to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for FingerprintChallengeUnion
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace FingerprintChallengeUnion {

            /** Properties of a FingerprintChallengeUnion. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FingerprintChallengeUnion. */
            type $Shape = spotify.ap.FingerprintChallengeUnion.$Properties;
        }

        /**
         * Properties of a PoWHashCashChallenge.
         * @deprecated Use spotify.ap.PoWHashCashChallenge.$Properties instead.
         */
        interface IPoWHashCashChallenge extends spotify.ap.PoWHashCashChallenge.$Properties {
        }

        /** Represents a PoWHashCashChallenge. */
        class PoWHashCashChallenge {

            /**
             * Constructs a new PoWHashCashChallenge.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.ap.PoWHashCashChallenge.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PoWHashCashChallenge prefix. */
            prefix: Uint8Array;

            /** PoWHashCashChallenge length. */
            length: number;

            /** PoWHashCashChallenge target. */
            target: number;

            /**
             * Creates a new PoWHashCashChallenge instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PoWHashCashChallenge instance
             */
            static create(properties: spotify.ap.PoWHashCashChallenge.$Shape): spotify.ap.PoWHashCashChallenge & spotify.ap.PoWHashCashChallenge.$Shape;
            static create(properties?: spotify.ap.PoWHashCashChallenge.$Properties): spotify.ap.PoWHashCashChallenge;

            /**
             * Encodes the specified PoWHashCashChallenge message. Does not implicitly {@link spotify.ap.PoWHashCashChallenge.verify|verify} messages.
             * @param message PoWHashCashChallenge message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.ap.PoWHashCashChallenge.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PoWHashCashChallenge message, length delimited. Does not implicitly {@link spotify.ap.PoWHashCashChallenge.verify|verify} messages.
             * @param message PoWHashCashChallenge message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.ap.PoWHashCashChallenge.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PoWHashCashChallenge message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.ap.PoWHashCashChallenge & spotify.ap.PoWHashCashChallenge.$Shape} PoWHashCashChallenge
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.ap.PoWHashCashChallenge & spotify.ap.PoWHashCashChallenge.$Shape;

            /**
             * Decodes a PoWHashCashChallenge message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.ap.PoWHashCashChallenge & spotify.ap.PoWHashCashChallenge.$Shape} PoWHashCashChallenge
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.ap.PoWHashCashChallenge & spotify.ap.PoWHashCashChallenge.$Shape;

            /**
             * Verifies a PoWHashCashChallenge message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PoWHashCashChallenge message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PoWHashCashChallenge
             */
            static fromObject(object: { [k: string]: any }): spotify.ap.PoWHashCashChallenge;

            /**
             * Creates a plain object from a PoWHashCashChallenge message. Also converts values to other types if specified.
             * @param message PoWHashCashChallenge
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.ap.PoWHashCashChallenge, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PoWHashCashChallenge to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PoWHashCashChallenge
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PoWHashCashChallenge {

            /** Properties of a PoWHashCashChallenge. */
            interface $Properties {

                /** PoWHashCashChallenge prefix */
                prefix?: (Uint8Array|null);

                /** PoWHashCashChallenge length */
                length?: (number|null);

                /** PoWHashCashChallenge target */
                target?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PoWHashCashChallenge. */
            type $Shape = spotify.ap.PoWHashCashChallenge.$Properties;
        }

        /**
         * Properties of a PoWChallengeUnion.
         * @deprecated Use spotify.ap.PoWChallengeUnion.$Properties instead.
         */
        interface IPoWChallengeUnion extends spotify.ap.PoWChallengeUnion.$Properties {
        }

        /** Represents a PoWChallengeUnion. */
        class PoWChallengeUnion {

            /**
             * Constructs a new PoWChallengeUnion.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.ap.PoWChallengeUnion.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PoWChallengeUnion hashCash. */
            hashCash?: (spotify.ap.PoWHashCashChallenge.$Properties|null);

            /**
             * Creates a new PoWChallengeUnion instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PoWChallengeUnion instance
             */
            static create(properties: spotify.ap.PoWChallengeUnion.$Shape): spotify.ap.PoWChallengeUnion & spotify.ap.PoWChallengeUnion.$Shape;
            static create(properties?: spotify.ap.PoWChallengeUnion.$Properties): spotify.ap.PoWChallengeUnion;

            /**
             * Encodes the specified PoWChallengeUnion message. Does not implicitly {@link spotify.ap.PoWChallengeUnion.verify|verify} messages.
             * @param message PoWChallengeUnion message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.ap.PoWChallengeUnion.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PoWChallengeUnion message, length delimited. Does not implicitly {@link spotify.ap.PoWChallengeUnion.verify|verify} messages.
             * @param message PoWChallengeUnion message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.ap.PoWChallengeUnion.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PoWChallengeUnion message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.ap.PoWChallengeUnion & spotify.ap.PoWChallengeUnion.$Shape} PoWChallengeUnion
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.ap.PoWChallengeUnion & spotify.ap.PoWChallengeUnion.$Shape;

            /**
             * Decodes a PoWChallengeUnion message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.ap.PoWChallengeUnion & spotify.ap.PoWChallengeUnion.$Shape} PoWChallengeUnion
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.ap.PoWChallengeUnion & spotify.ap.PoWChallengeUnion.$Shape;

            /**
             * Verifies a PoWChallengeUnion message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PoWChallengeUnion message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PoWChallengeUnion
             */
            static fromObject(object: { [k: string]: any }): spotify.ap.PoWChallengeUnion;

            /**
             * Creates a plain object from a PoWChallengeUnion message. Also converts values to other types if specified.
             * @param message PoWChallengeUnion
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.ap.PoWChallengeUnion, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PoWChallengeUnion to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PoWChallengeUnion
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PoWChallengeUnion {

            /** Properties of a PoWChallengeUnion. */
            interface $Properties {

                /** PoWChallengeUnion hashCash */
                hashCash?: (spotify.ap.PoWHashCashChallenge.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PoWChallengeUnion. */
            type $Shape = spotify.ap.PoWChallengeUnion.$Properties;
        }

        /**
         * Properties of a CryptoChallengeUnion.
         * @deprecated Use spotify.ap.CryptoChallengeUnion.$Properties instead.
         */
        interface ICryptoChallengeUnion extends spotify.ap.CryptoChallengeUnion.$Properties {
        }

        /** Represents a CryptoChallengeUnion. */
        class CryptoChallengeUnion {

            /**
             * Constructs a new CryptoChallengeUnion.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.ap.CryptoChallengeUnion.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new CryptoChallengeUnion instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CryptoChallengeUnion instance
             */
            static create(properties: spotify.ap.CryptoChallengeUnion.$Shape): spotify.ap.CryptoChallengeUnion & spotify.ap.CryptoChallengeUnion.$Shape;
            static create(properties?: spotify.ap.CryptoChallengeUnion.$Properties): spotify.ap.CryptoChallengeUnion;

            /**
             * Encodes the specified CryptoChallengeUnion message. Does not implicitly {@link spotify.ap.CryptoChallengeUnion.verify|verify} messages.
             * @param message CryptoChallengeUnion message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.ap.CryptoChallengeUnion.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified CryptoChallengeUnion message, length delimited. Does not implicitly {@link spotify.ap.CryptoChallengeUnion.verify|verify} messages.
             * @param message CryptoChallengeUnion message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.ap.CryptoChallengeUnion.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CryptoChallengeUnion message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.ap.CryptoChallengeUnion & spotify.ap.CryptoChallengeUnion.$Shape} CryptoChallengeUnion
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.ap.CryptoChallengeUnion & spotify.ap.CryptoChallengeUnion.$Shape;

            /**
             * Decodes a CryptoChallengeUnion message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.ap.CryptoChallengeUnion & spotify.ap.CryptoChallengeUnion.$Shape} CryptoChallengeUnion
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.ap.CryptoChallengeUnion & spotify.ap.CryptoChallengeUnion.$Shape;

            /**
             * Verifies a CryptoChallengeUnion message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CryptoChallengeUnion message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CryptoChallengeUnion
             */
            static fromObject(object: { [k: string]: any }): spotify.ap.CryptoChallengeUnion;

            /**
             * Creates a plain object from a CryptoChallengeUnion message. Also converts values to other types if specified.
             * @param message CryptoChallengeUnion
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.ap.CryptoChallengeUnion, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CryptoChallengeUnion to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CryptoChallengeUnion
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CryptoChallengeUnion {

            /** Properties of a CryptoChallengeUnion. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CryptoChallengeUnion. */
            type $Shape = spotify.ap.CryptoChallengeUnion.$Properties;
        }

        /**
         * Properties of a APChallenge.
         * @deprecated Use spotify.ap.APChallenge.$Properties instead.
         */
        interface IAPChallenge extends spotify.ap.APChallenge.$Properties {
        }

        /** Represents a APChallenge. */
        class APChallenge {

            /**
             * Constructs a new APChallenge.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.ap.APChallenge.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** APChallenge loginCryptoChallenge. */
            loginCryptoChallenge: spotify.ap.LoginCryptoChallengeUnion.$Properties;

            /** APChallenge fingerprintChallenge. */
            fingerprintChallenge: spotify.ap.FingerprintChallengeUnion.$Properties;

            /** APChallenge powChallenge. */
            powChallenge: spotify.ap.PoWChallengeUnion.$Properties;

            /** APChallenge cryptoChallenge. */
            cryptoChallenge: spotify.ap.CryptoChallengeUnion.$Properties;

            /** APChallenge serverNonce. */
            serverNonce: Uint8Array;

            /** APChallenge padding. */
            padding: Uint8Array;

            /**
             * Creates a new APChallenge instance using the specified properties.
             * @param [properties] Properties to set
             * @returns APChallenge instance
             */
            static create(properties: spotify.ap.APChallenge.$Shape): spotify.ap.APChallenge & spotify.ap.APChallenge.$Shape;
            static create(properties?: spotify.ap.APChallenge.$Properties): spotify.ap.APChallenge;

            /**
             * Encodes the specified APChallenge message. Does not implicitly {@link spotify.ap.APChallenge.verify|verify} messages.
             * @param message APChallenge message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.ap.APChallenge.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified APChallenge message, length delimited. Does not implicitly {@link spotify.ap.APChallenge.verify|verify} messages.
             * @param message APChallenge message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.ap.APChallenge.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a APChallenge message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.ap.APChallenge & spotify.ap.APChallenge.$Shape} APChallenge
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.ap.APChallenge & spotify.ap.APChallenge.$Shape;

            /**
             * Decodes a APChallenge message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.ap.APChallenge & spotify.ap.APChallenge.$Shape} APChallenge
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.ap.APChallenge & spotify.ap.APChallenge.$Shape;

            /**
             * Verifies a APChallenge message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a APChallenge message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns APChallenge
             */
            static fromObject(object: { [k: string]: any }): spotify.ap.APChallenge;

            /**
             * Creates a plain object from a APChallenge message. Also converts values to other types if specified.
             * @param message APChallenge
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.ap.APChallenge, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this APChallenge to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for APChallenge
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace APChallenge {

            /** Properties of a APChallenge. */
            interface $Properties {

                /** APChallenge loginCryptoChallenge */
                loginCryptoChallenge: spotify.ap.LoginCryptoChallengeUnion.$Properties;

                /** APChallenge fingerprintChallenge */
                fingerprintChallenge: spotify.ap.FingerprintChallengeUnion.$Properties;

                /** APChallenge powChallenge */
                powChallenge: spotify.ap.PoWChallengeUnion.$Properties;

                /** APChallenge cryptoChallenge */
                cryptoChallenge: spotify.ap.CryptoChallengeUnion.$Properties;

                /** APChallenge serverNonce */
                serverNonce: Uint8Array;

                /** APChallenge padding */
                padding?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a APChallenge. */
            type $Shape = spotify.ap.APChallenge.$Properties;
        }

        /**
         * Properties of an UpgradeRequiredMessage.
         * @deprecated Use spotify.ap.UpgradeRequiredMessage.$Properties instead.
         */
        interface IUpgradeRequiredMessage extends spotify.ap.UpgradeRequiredMessage.$Properties {
        }

        /** Represents an UpgradeRequiredMessage. */
        class UpgradeRequiredMessage {

            /**
             * Constructs a new UpgradeRequiredMessage.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.ap.UpgradeRequiredMessage.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** UpgradeRequiredMessage upgradeSignedPart. */
            upgradeSignedPart: Uint8Array;

            /** UpgradeRequiredMessage signature. */
            signature: Uint8Array;

            /** UpgradeRequiredMessage httpSuffix. */
            httpSuffix: string;

            /**
             * Creates a new UpgradeRequiredMessage instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UpgradeRequiredMessage instance
             */
            static create(properties: spotify.ap.UpgradeRequiredMessage.$Shape): spotify.ap.UpgradeRequiredMessage & spotify.ap.UpgradeRequiredMessage.$Shape;
            static create(properties?: spotify.ap.UpgradeRequiredMessage.$Properties): spotify.ap.UpgradeRequiredMessage;

            /**
             * Encodes the specified UpgradeRequiredMessage message. Does not implicitly {@link spotify.ap.UpgradeRequiredMessage.verify|verify} messages.
             * @param message UpgradeRequiredMessage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.ap.UpgradeRequiredMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified UpgradeRequiredMessage message, length delimited. Does not implicitly {@link spotify.ap.UpgradeRequiredMessage.verify|verify} messages.
             * @param message UpgradeRequiredMessage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.ap.UpgradeRequiredMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an UpgradeRequiredMessage message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.ap.UpgradeRequiredMessage & spotify.ap.UpgradeRequiredMessage.$Shape} UpgradeRequiredMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.ap.UpgradeRequiredMessage & spotify.ap.UpgradeRequiredMessage.$Shape;

            /**
             * Decodes an UpgradeRequiredMessage message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.ap.UpgradeRequiredMessage & spotify.ap.UpgradeRequiredMessage.$Shape} UpgradeRequiredMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.ap.UpgradeRequiredMessage & spotify.ap.UpgradeRequiredMessage.$Shape;

            /**
             * Verifies an UpgradeRequiredMessage message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an UpgradeRequiredMessage message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns UpgradeRequiredMessage
             */
            static fromObject(object: { [k: string]: any }): spotify.ap.UpgradeRequiredMessage;

            /**
             * Creates a plain object from an UpgradeRequiredMessage message. Also converts values to other types if specified.
             * @param message UpgradeRequiredMessage
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.ap.UpgradeRequiredMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this UpgradeRequiredMessage to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for UpgradeRequiredMessage
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace UpgradeRequiredMessage {

            /** Properties of an UpgradeRequiredMessage. */
            interface $Properties {

                /** UpgradeRequiredMessage upgradeSignedPart */
                upgradeSignedPart: Uint8Array;

                /** UpgradeRequiredMessage signature */
                signature: Uint8Array;

                /** UpgradeRequiredMessage httpSuffix */
                httpSuffix?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an UpgradeRequiredMessage. */
            type $Shape = spotify.ap.UpgradeRequiredMessage.$Properties;
        }

        /** ErrorCode enum. */
        enum ErrorCode {

            /** ProtocolError value */
            ProtocolError = 0,

            /** TryAnotherAP value */
            TryAnotherAP = 2,

            /** BadConnectionId value */
            BadConnectionId = 5,

            /** TravelRestriction value */
            TravelRestriction = 9,

            /** PremiumAccountRequired value */
            PremiumAccountRequired = 11,

            /** BadCredentials value */
            BadCredentials = 12,

            /** CouldNotValidateCredentials value */
            CouldNotValidateCredentials = 13,

            /** AccountExists value */
            AccountExists = 14,

            /** ExtraVerificationRequired value */
            ExtraVerificationRequired = 15,

            /** InvalidAppKey value */
            InvalidAppKey = 16,

            /** ApplicationBanned value */
            ApplicationBanned = 17
        }

        /**
         * Properties of a APLoginFailed.
         * @deprecated Use spotify.ap.APLoginFailed.$Properties instead.
         */
        interface IAPLoginFailed extends spotify.ap.APLoginFailed.$Properties {
        }

        /** Represents a APLoginFailed. */
        class APLoginFailed {

            /**
             * Constructs a new APLoginFailed.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.ap.APLoginFailed.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** APLoginFailed errorCode. */
            errorCode: spotify.ap.ErrorCode;

            /** APLoginFailed retryDelay. */
            retryDelay: number;

            /** APLoginFailed expiry. */
            expiry: number;

            /** APLoginFailed errorDescription. */
            errorDescription: string;

            /**
             * Creates a new APLoginFailed instance using the specified properties.
             * @param [properties] Properties to set
             * @returns APLoginFailed instance
             */
            static create(properties: spotify.ap.APLoginFailed.$Shape): spotify.ap.APLoginFailed & spotify.ap.APLoginFailed.$Shape;
            static create(properties?: spotify.ap.APLoginFailed.$Properties): spotify.ap.APLoginFailed;

            /**
             * Encodes the specified APLoginFailed message. Does not implicitly {@link spotify.ap.APLoginFailed.verify|verify} messages.
             * @param message APLoginFailed message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.ap.APLoginFailed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified APLoginFailed message, length delimited. Does not implicitly {@link spotify.ap.APLoginFailed.verify|verify} messages.
             * @param message APLoginFailed message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.ap.APLoginFailed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a APLoginFailed message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.ap.APLoginFailed & spotify.ap.APLoginFailed.$Shape} APLoginFailed
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.ap.APLoginFailed & spotify.ap.APLoginFailed.$Shape;

            /**
             * Decodes a APLoginFailed message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.ap.APLoginFailed & spotify.ap.APLoginFailed.$Shape} APLoginFailed
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.ap.APLoginFailed & spotify.ap.APLoginFailed.$Shape;

            /**
             * Verifies a APLoginFailed message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a APLoginFailed message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns APLoginFailed
             */
            static fromObject(object: { [k: string]: any }): spotify.ap.APLoginFailed;

            /**
             * Creates a plain object from a APLoginFailed message. Also converts values to other types if specified.
             * @param message APLoginFailed
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.ap.APLoginFailed, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this APLoginFailed to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for APLoginFailed
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace APLoginFailed {

            /** Properties of a APLoginFailed. */
            interface $Properties {

                /** APLoginFailed errorCode */
                errorCode: spotify.ap.ErrorCode;

                /** APLoginFailed retryDelay */
                retryDelay?: (number|null);

                /** APLoginFailed expiry */
                expiry?: (number|null);

                /** APLoginFailed errorDescription */
                errorDescription?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a APLoginFailed. */
            type $Shape = spotify.ap.APLoginFailed.$Properties;
        }

        /**
         * Properties of a APResponseMessage.
         * @deprecated Use spotify.ap.APResponseMessage.$Properties instead.
         */
        interface IAPResponseMessage extends spotify.ap.APResponseMessage.$Properties {
        }

        /** Represents a APResponseMessage. */
        class APResponseMessage {

            /**
             * Constructs a new APResponseMessage.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.ap.APResponseMessage.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** APResponseMessage challenge. */
            challenge?: (spotify.ap.APChallenge.$Properties|null);

            /** APResponseMessage upgrade. */
            upgrade?: (spotify.ap.UpgradeRequiredMessage.$Properties|null);

            /** APResponseMessage loginFailed. */
            loginFailed?: (spotify.ap.APLoginFailed.$Properties|null);

            /**
             * Creates a new APResponseMessage instance using the specified properties.
             * @param [properties] Properties to set
             * @returns APResponseMessage instance
             */
            static create(properties: spotify.ap.APResponseMessage.$Shape): spotify.ap.APResponseMessage & spotify.ap.APResponseMessage.$Shape;
            static create(properties?: spotify.ap.APResponseMessage.$Properties): spotify.ap.APResponseMessage;

            /**
             * Encodes the specified APResponseMessage message. Does not implicitly {@link spotify.ap.APResponseMessage.verify|verify} messages.
             * @param message APResponseMessage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.ap.APResponseMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified APResponseMessage message, length delimited. Does not implicitly {@link spotify.ap.APResponseMessage.verify|verify} messages.
             * @param message APResponseMessage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.ap.APResponseMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a APResponseMessage message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.ap.APResponseMessage & spotify.ap.APResponseMessage.$Shape} APResponseMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.ap.APResponseMessage & spotify.ap.APResponseMessage.$Shape;

            /**
             * Decodes a APResponseMessage message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.ap.APResponseMessage & spotify.ap.APResponseMessage.$Shape} APResponseMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.ap.APResponseMessage & spotify.ap.APResponseMessage.$Shape;

            /**
             * Verifies a APResponseMessage message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a APResponseMessage message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns APResponseMessage
             */
            static fromObject(object: { [k: string]: any }): spotify.ap.APResponseMessage;

            /**
             * Creates a plain object from a APResponseMessage message. Also converts values to other types if specified.
             * @param message APResponseMessage
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.ap.APResponseMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this APResponseMessage to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for APResponseMessage
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace APResponseMessage {

            /** Properties of a APResponseMessage. */
            interface $Properties {

                /** APResponseMessage challenge */
                challenge?: (spotify.ap.APChallenge.$Properties|null);

                /** APResponseMessage upgrade */
                upgrade?: (spotify.ap.UpgradeRequiredMessage.$Properties|null);

                /** APResponseMessage loginFailed */
                loginFailed?: (spotify.ap.APLoginFailed.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a APResponseMessage. */
            type $Shape = spotify.ap.APResponseMessage.$Properties;
        }

        /**
         * Properties of a LoginCryptoDiffieHellmanResponse.
         * @deprecated Use spotify.ap.LoginCryptoDiffieHellmanResponse.$Properties instead.
         */
        interface ILoginCryptoDiffieHellmanResponse extends spotify.ap.LoginCryptoDiffieHellmanResponse.$Properties {
        }

        /** Represents a LoginCryptoDiffieHellmanResponse. */
        class LoginCryptoDiffieHellmanResponse {

            /**
             * Constructs a new LoginCryptoDiffieHellmanResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.ap.LoginCryptoDiffieHellmanResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LoginCryptoDiffieHellmanResponse hmac. */
            hmac: Uint8Array;

            /**
             * Creates a new LoginCryptoDiffieHellmanResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LoginCryptoDiffieHellmanResponse instance
             */
            static create(properties: spotify.ap.LoginCryptoDiffieHellmanResponse.$Shape): spotify.ap.LoginCryptoDiffieHellmanResponse & spotify.ap.LoginCryptoDiffieHellmanResponse.$Shape;
            static create(properties?: spotify.ap.LoginCryptoDiffieHellmanResponse.$Properties): spotify.ap.LoginCryptoDiffieHellmanResponse;

            /**
             * Encodes the specified LoginCryptoDiffieHellmanResponse message. Does not implicitly {@link spotify.ap.LoginCryptoDiffieHellmanResponse.verify|verify} messages.
             * @param message LoginCryptoDiffieHellmanResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.ap.LoginCryptoDiffieHellmanResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified LoginCryptoDiffieHellmanResponse message, length delimited. Does not implicitly {@link spotify.ap.LoginCryptoDiffieHellmanResponse.verify|verify} messages.
             * @param message LoginCryptoDiffieHellmanResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.ap.LoginCryptoDiffieHellmanResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LoginCryptoDiffieHellmanResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.ap.LoginCryptoDiffieHellmanResponse & spotify.ap.LoginCryptoDiffieHellmanResponse.$Shape} LoginCryptoDiffieHellmanResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.ap.LoginCryptoDiffieHellmanResponse & spotify.ap.LoginCryptoDiffieHellmanResponse.$Shape;

            /**
             * Decodes a LoginCryptoDiffieHellmanResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.ap.LoginCryptoDiffieHellmanResponse & spotify.ap.LoginCryptoDiffieHellmanResponse.$Shape} LoginCryptoDiffieHellmanResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.ap.LoginCryptoDiffieHellmanResponse & spotify.ap.LoginCryptoDiffieHellmanResponse.$Shape;

            /**
             * Verifies a LoginCryptoDiffieHellmanResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LoginCryptoDiffieHellmanResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LoginCryptoDiffieHellmanResponse
             */
            static fromObject(object: { [k: string]: any }): spotify.ap.LoginCryptoDiffieHellmanResponse;

            /**
             * Creates a plain object from a LoginCryptoDiffieHellmanResponse message. Also converts values to other types if specified.
             * @param message LoginCryptoDiffieHellmanResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.ap.LoginCryptoDiffieHellmanResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LoginCryptoDiffieHellmanResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LoginCryptoDiffieHellmanResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LoginCryptoDiffieHellmanResponse {

            /** Properties of a LoginCryptoDiffieHellmanResponse. */
            interface $Properties {

                /** LoginCryptoDiffieHellmanResponse hmac */
                hmac: Uint8Array;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LoginCryptoDiffieHellmanResponse. */
            type $Shape = spotify.ap.LoginCryptoDiffieHellmanResponse.$Properties;
        }

        /**
         * Properties of a LoginCryptoResponseUnion.
         * @deprecated Use spotify.ap.LoginCryptoResponseUnion.$Properties instead.
         */
        interface ILoginCryptoResponseUnion extends spotify.ap.LoginCryptoResponseUnion.$Properties {
        }

        /** Represents a LoginCryptoResponseUnion. */
        class LoginCryptoResponseUnion {

            /**
             * Constructs a new LoginCryptoResponseUnion.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.ap.LoginCryptoResponseUnion.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LoginCryptoResponseUnion diffieHellman. */
            diffieHellman?: (spotify.ap.LoginCryptoDiffieHellmanResponse.$Properties|null);

            /**
             * Creates a new LoginCryptoResponseUnion instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LoginCryptoResponseUnion instance
             */
            static create(properties: spotify.ap.LoginCryptoResponseUnion.$Shape): spotify.ap.LoginCryptoResponseUnion & spotify.ap.LoginCryptoResponseUnion.$Shape;
            static create(properties?: spotify.ap.LoginCryptoResponseUnion.$Properties): spotify.ap.LoginCryptoResponseUnion;

            /**
             * Encodes the specified LoginCryptoResponseUnion message. Does not implicitly {@link spotify.ap.LoginCryptoResponseUnion.verify|verify} messages.
             * @param message LoginCryptoResponseUnion message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.ap.LoginCryptoResponseUnion.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified LoginCryptoResponseUnion message, length delimited. Does not implicitly {@link spotify.ap.LoginCryptoResponseUnion.verify|verify} messages.
             * @param message LoginCryptoResponseUnion message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.ap.LoginCryptoResponseUnion.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LoginCryptoResponseUnion message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.ap.LoginCryptoResponseUnion & spotify.ap.LoginCryptoResponseUnion.$Shape} LoginCryptoResponseUnion
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.ap.LoginCryptoResponseUnion & spotify.ap.LoginCryptoResponseUnion.$Shape;

            /**
             * Decodes a LoginCryptoResponseUnion message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.ap.LoginCryptoResponseUnion & spotify.ap.LoginCryptoResponseUnion.$Shape} LoginCryptoResponseUnion
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.ap.LoginCryptoResponseUnion & spotify.ap.LoginCryptoResponseUnion.$Shape;

            /**
             * Verifies a LoginCryptoResponseUnion message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LoginCryptoResponseUnion message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LoginCryptoResponseUnion
             */
            static fromObject(object: { [k: string]: any }): spotify.ap.LoginCryptoResponseUnion;

            /**
             * Creates a plain object from a LoginCryptoResponseUnion message. Also converts values to other types if specified.
             * @param message LoginCryptoResponseUnion
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.ap.LoginCryptoResponseUnion, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LoginCryptoResponseUnion to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LoginCryptoResponseUnion
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LoginCryptoResponseUnion {

            /** Properties of a LoginCryptoResponseUnion. */
            interface $Properties {

                /** LoginCryptoResponseUnion diffieHellman */
                diffieHellman?: (spotify.ap.LoginCryptoDiffieHellmanResponse.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LoginCryptoResponseUnion. */
            type $Shape = spotify.ap.LoginCryptoResponseUnion.$Properties;
        }

        /**
         * Properties of a PoWHashCashResponse.
         * @deprecated Use spotify.ap.PoWHashCashResponse.$Properties instead.
         */
        interface IPoWHashCashResponse extends spotify.ap.PoWHashCashResponse.$Properties {
        }

        /** Represents a PoWHashCashResponse. */
        class PoWHashCashResponse {

            /**
             * Constructs a new PoWHashCashResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.ap.PoWHashCashResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PoWHashCashResponse hashSuffix. */
            hashSuffix: Uint8Array;

            /**
             * Creates a new PoWHashCashResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PoWHashCashResponse instance
             */
            static create(properties: spotify.ap.PoWHashCashResponse.$Shape): spotify.ap.PoWHashCashResponse & spotify.ap.PoWHashCashResponse.$Shape;
            static create(properties?: spotify.ap.PoWHashCashResponse.$Properties): spotify.ap.PoWHashCashResponse;

            /**
             * Encodes the specified PoWHashCashResponse message. Does not implicitly {@link spotify.ap.PoWHashCashResponse.verify|verify} messages.
             * @param message PoWHashCashResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.ap.PoWHashCashResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PoWHashCashResponse message, length delimited. Does not implicitly {@link spotify.ap.PoWHashCashResponse.verify|verify} messages.
             * @param message PoWHashCashResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.ap.PoWHashCashResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PoWHashCashResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.ap.PoWHashCashResponse & spotify.ap.PoWHashCashResponse.$Shape} PoWHashCashResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.ap.PoWHashCashResponse & spotify.ap.PoWHashCashResponse.$Shape;

            /**
             * Decodes a PoWHashCashResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.ap.PoWHashCashResponse & spotify.ap.PoWHashCashResponse.$Shape} PoWHashCashResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.ap.PoWHashCashResponse & spotify.ap.PoWHashCashResponse.$Shape;

            /**
             * Verifies a PoWHashCashResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PoWHashCashResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PoWHashCashResponse
             */
            static fromObject(object: { [k: string]: any }): spotify.ap.PoWHashCashResponse;

            /**
             * Creates a plain object from a PoWHashCashResponse message. Also converts values to other types if specified.
             * @param message PoWHashCashResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.ap.PoWHashCashResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PoWHashCashResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PoWHashCashResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PoWHashCashResponse {

            /** Properties of a PoWHashCashResponse. */
            interface $Properties {

                /** PoWHashCashResponse hashSuffix */
                hashSuffix: Uint8Array;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PoWHashCashResponse. */
            type $Shape = spotify.ap.PoWHashCashResponse.$Properties;
        }

        /**
         * Properties of a PoWResponseUnion.
         * @deprecated Use spotify.ap.PoWResponseUnion.$Properties instead.
         */
        interface IPoWResponseUnion extends spotify.ap.PoWResponseUnion.$Properties {
        }

        /** Represents a PoWResponseUnion. */
        class PoWResponseUnion {

            /**
             * Constructs a new PoWResponseUnion.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.ap.PoWResponseUnion.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PoWResponseUnion hashCash. */
            hashCash?: (spotify.ap.PoWHashCashResponse.$Properties|null);

            /**
             * Creates a new PoWResponseUnion instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PoWResponseUnion instance
             */
            static create(properties: spotify.ap.PoWResponseUnion.$Shape): spotify.ap.PoWResponseUnion & spotify.ap.PoWResponseUnion.$Shape;
            static create(properties?: spotify.ap.PoWResponseUnion.$Properties): spotify.ap.PoWResponseUnion;

            /**
             * Encodes the specified PoWResponseUnion message. Does not implicitly {@link spotify.ap.PoWResponseUnion.verify|verify} messages.
             * @param message PoWResponseUnion message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.ap.PoWResponseUnion.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PoWResponseUnion message, length delimited. Does not implicitly {@link spotify.ap.PoWResponseUnion.verify|verify} messages.
             * @param message PoWResponseUnion message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.ap.PoWResponseUnion.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PoWResponseUnion message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.ap.PoWResponseUnion & spotify.ap.PoWResponseUnion.$Shape} PoWResponseUnion
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.ap.PoWResponseUnion & spotify.ap.PoWResponseUnion.$Shape;

            /**
             * Decodes a PoWResponseUnion message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.ap.PoWResponseUnion & spotify.ap.PoWResponseUnion.$Shape} PoWResponseUnion
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.ap.PoWResponseUnion & spotify.ap.PoWResponseUnion.$Shape;

            /**
             * Verifies a PoWResponseUnion message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PoWResponseUnion message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PoWResponseUnion
             */
            static fromObject(object: { [k: string]: any }): spotify.ap.PoWResponseUnion;

            /**
             * Creates a plain object from a PoWResponseUnion message. Also converts values to other types if specified.
             * @param message PoWResponseUnion
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.ap.PoWResponseUnion, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PoWResponseUnion to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PoWResponseUnion
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PoWResponseUnion {

            /** Properties of a PoWResponseUnion. */
            interface $Properties {

                /** PoWResponseUnion hashCash */
                hashCash?: (spotify.ap.PoWHashCashResponse.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PoWResponseUnion. */
            type $Shape = spotify.ap.PoWResponseUnion.$Properties;
        }

        /**
         * Properties of a CryptoResponseUnion.
         * @deprecated Use spotify.ap.CryptoResponseUnion.$Properties instead.
         */
        interface ICryptoResponseUnion extends spotify.ap.CryptoResponseUnion.$Properties {
        }

        /** Represents a CryptoResponseUnion. */
        class CryptoResponseUnion {

            /**
             * Constructs a new CryptoResponseUnion.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.ap.CryptoResponseUnion.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new CryptoResponseUnion instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CryptoResponseUnion instance
             */
            static create(properties: spotify.ap.CryptoResponseUnion.$Shape): spotify.ap.CryptoResponseUnion & spotify.ap.CryptoResponseUnion.$Shape;
            static create(properties?: spotify.ap.CryptoResponseUnion.$Properties): spotify.ap.CryptoResponseUnion;

            /**
             * Encodes the specified CryptoResponseUnion message. Does not implicitly {@link spotify.ap.CryptoResponseUnion.verify|verify} messages.
             * @param message CryptoResponseUnion message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.ap.CryptoResponseUnion.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified CryptoResponseUnion message, length delimited. Does not implicitly {@link spotify.ap.CryptoResponseUnion.verify|verify} messages.
             * @param message CryptoResponseUnion message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.ap.CryptoResponseUnion.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CryptoResponseUnion message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.ap.CryptoResponseUnion & spotify.ap.CryptoResponseUnion.$Shape} CryptoResponseUnion
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.ap.CryptoResponseUnion & spotify.ap.CryptoResponseUnion.$Shape;

            /**
             * Decodes a CryptoResponseUnion message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.ap.CryptoResponseUnion & spotify.ap.CryptoResponseUnion.$Shape} CryptoResponseUnion
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.ap.CryptoResponseUnion & spotify.ap.CryptoResponseUnion.$Shape;

            /**
             * Verifies a CryptoResponseUnion message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CryptoResponseUnion message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CryptoResponseUnion
             */
            static fromObject(object: { [k: string]: any }): spotify.ap.CryptoResponseUnion;

            /**
             * Creates a plain object from a CryptoResponseUnion message. Also converts values to other types if specified.
             * @param message CryptoResponseUnion
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.ap.CryptoResponseUnion, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CryptoResponseUnion to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CryptoResponseUnion
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CryptoResponseUnion {

            /** Properties of a CryptoResponseUnion. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CryptoResponseUnion. */
            type $Shape = spotify.ap.CryptoResponseUnion.$Properties;
        }

        /**
         * Properties of a ClientResponsePlaintext.
         * @deprecated Use spotify.ap.ClientResponsePlaintext.$Properties instead.
         */
        interface IClientResponsePlaintext extends spotify.ap.ClientResponsePlaintext.$Properties {
        }

        /** Represents a ClientResponsePlaintext. */
        class ClientResponsePlaintext {

            /**
             * Constructs a new ClientResponsePlaintext.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.ap.ClientResponsePlaintext.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ClientResponsePlaintext loginCryptoResponse. */
            loginCryptoResponse: spotify.ap.LoginCryptoResponseUnion.$Properties;

            /** ClientResponsePlaintext powResponse. */
            powResponse: spotify.ap.PoWResponseUnion.$Properties;

            /** ClientResponsePlaintext cryptoResponse. */
            cryptoResponse: spotify.ap.CryptoResponseUnion.$Properties;

            /**
             * Creates a new ClientResponsePlaintext instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ClientResponsePlaintext instance
             */
            static create(properties: spotify.ap.ClientResponsePlaintext.$Shape): spotify.ap.ClientResponsePlaintext & spotify.ap.ClientResponsePlaintext.$Shape;
            static create(properties?: spotify.ap.ClientResponsePlaintext.$Properties): spotify.ap.ClientResponsePlaintext;

            /**
             * Encodes the specified ClientResponsePlaintext message. Does not implicitly {@link spotify.ap.ClientResponsePlaintext.verify|verify} messages.
             * @param message ClientResponsePlaintext message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.ap.ClientResponsePlaintext.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ClientResponsePlaintext message, length delimited. Does not implicitly {@link spotify.ap.ClientResponsePlaintext.verify|verify} messages.
             * @param message ClientResponsePlaintext message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.ap.ClientResponsePlaintext.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ClientResponsePlaintext message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.ap.ClientResponsePlaintext & spotify.ap.ClientResponsePlaintext.$Shape} ClientResponsePlaintext
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.ap.ClientResponsePlaintext & spotify.ap.ClientResponsePlaintext.$Shape;

            /**
             * Decodes a ClientResponsePlaintext message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.ap.ClientResponsePlaintext & spotify.ap.ClientResponsePlaintext.$Shape} ClientResponsePlaintext
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.ap.ClientResponsePlaintext & spotify.ap.ClientResponsePlaintext.$Shape;

            /**
             * Verifies a ClientResponsePlaintext message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ClientResponsePlaintext message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ClientResponsePlaintext
             */
            static fromObject(object: { [k: string]: any }): spotify.ap.ClientResponsePlaintext;

            /**
             * Creates a plain object from a ClientResponsePlaintext message. Also converts values to other types if specified.
             * @param message ClientResponsePlaintext
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.ap.ClientResponsePlaintext, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ClientResponsePlaintext to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ClientResponsePlaintext
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ClientResponsePlaintext {

            /** Properties of a ClientResponsePlaintext. */
            interface $Properties {

                /** ClientResponsePlaintext loginCryptoResponse */
                loginCryptoResponse: spotify.ap.LoginCryptoResponseUnion.$Properties;

                /** ClientResponsePlaintext powResponse */
                powResponse: spotify.ap.PoWResponseUnion.$Properties;

                /** ClientResponsePlaintext cryptoResponse */
                cryptoResponse: spotify.ap.CryptoResponseUnion.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ClientResponsePlaintext. */
            type $Shape = spotify.ap.ClientResponsePlaintext.$Properties;
        }

        /**
         * Properties of a UserField.
         * @deprecated Use spotify.ap.UserField.$Properties instead.
         */
        interface IUserField extends spotify.ap.UserField.$Properties {
        }

        /** Represents a UserField. */
        class UserField {

            /**
             * Constructs a new UserField.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.ap.UserField.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** UserField key. */
            key: string;

            /** UserField value. */
            value: Uint8Array;

            /**
             * Creates a new UserField instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UserField instance
             */
            static create(properties: spotify.ap.UserField.$Shape): spotify.ap.UserField & spotify.ap.UserField.$Shape;
            static create(properties?: spotify.ap.UserField.$Properties): spotify.ap.UserField;

            /**
             * Encodes the specified UserField message. Does not implicitly {@link spotify.ap.UserField.verify|verify} messages.
             * @param message UserField message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.ap.UserField.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified UserField message, length delimited. Does not implicitly {@link spotify.ap.UserField.verify|verify} messages.
             * @param message UserField message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.ap.UserField.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a UserField message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.ap.UserField & spotify.ap.UserField.$Shape} UserField
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.ap.UserField & spotify.ap.UserField.$Shape;

            /**
             * Decodes a UserField message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.ap.UserField & spotify.ap.UserField.$Shape} UserField
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.ap.UserField & spotify.ap.UserField.$Shape;

            /**
             * Verifies a UserField message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a UserField message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns UserField
             */
            static fromObject(object: { [k: string]: any }): spotify.ap.UserField;

            /**
             * Creates a plain object from a UserField message. Also converts values to other types if specified.
             * @param message UserField
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.ap.UserField, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this UserField to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for UserField
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace UserField {

            /** Properties of a UserField. */
            interface $Properties {

                /** UserField key */
                key?: (string|null);

                /** UserField value */
                value?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a UserField. */
            type $Shape = spotify.ap.UserField.$Properties;
        }

        /**
         * Properties of a MercuryHeader.
         * @deprecated Use spotify.ap.MercuryHeader.$Properties instead.
         */
        interface IMercuryHeader extends spotify.ap.MercuryHeader.$Properties {
        }

        /** Represents a MercuryHeader. */
        class MercuryHeader {

            /**
             * Constructs a new MercuryHeader.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.ap.MercuryHeader.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MercuryHeader uri. */
            uri: string;

            /** MercuryHeader contentType. */
            contentType: string;

            /** MercuryHeader method. */
            method: string;

            /** MercuryHeader statusCode. */
            statusCode: number;

            /** MercuryHeader userFields. */
            userFields: spotify.ap.UserField.$Properties[];

            /**
             * Creates a new MercuryHeader instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MercuryHeader instance
             */
            static create(properties: spotify.ap.MercuryHeader.$Shape): spotify.ap.MercuryHeader & spotify.ap.MercuryHeader.$Shape;
            static create(properties?: spotify.ap.MercuryHeader.$Properties): spotify.ap.MercuryHeader;

            /**
             * Encodes the specified MercuryHeader message. Does not implicitly {@link spotify.ap.MercuryHeader.verify|verify} messages.
             * @param message MercuryHeader message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.ap.MercuryHeader.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified MercuryHeader message, length delimited. Does not implicitly {@link spotify.ap.MercuryHeader.verify|verify} messages.
             * @param message MercuryHeader message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.ap.MercuryHeader.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MercuryHeader message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.ap.MercuryHeader & spotify.ap.MercuryHeader.$Shape} MercuryHeader
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.ap.MercuryHeader & spotify.ap.MercuryHeader.$Shape;

            /**
             * Decodes a MercuryHeader message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.ap.MercuryHeader & spotify.ap.MercuryHeader.$Shape} MercuryHeader
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.ap.MercuryHeader & spotify.ap.MercuryHeader.$Shape;

            /**
             * Verifies a MercuryHeader message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a MercuryHeader message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MercuryHeader
             */
            static fromObject(object: { [k: string]: any }): spotify.ap.MercuryHeader;

            /**
             * Creates a plain object from a MercuryHeader message. Also converts values to other types if specified.
             * @param message MercuryHeader
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.ap.MercuryHeader, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MercuryHeader to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MercuryHeader
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MercuryHeader {

            /** Properties of a MercuryHeader. */
            interface $Properties {

                /** MercuryHeader uri */
                uri?: (string|null);

                /** MercuryHeader contentType */
                contentType?: (string|null);

                /** MercuryHeader method */
                method?: (string|null);

                /** MercuryHeader statusCode */
                statusCode?: (number|null);

                /** MercuryHeader userFields */
                userFields?: (spotify.ap.UserField.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MercuryHeader. */
            type $Shape = spotify.ap.MercuryHeader.$Properties;
        }

        /**
         * Properties of a Subscription.
         * @deprecated Use spotify.ap.Subscription.$Properties instead.
         */
        interface ISubscription extends spotify.ap.Subscription.$Properties {
        }

        /** Represents a Subscription. */
        class Subscription {

            /**
             * Constructs a new Subscription.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.ap.Subscription.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Subscription uri. */
            uri: string;

            /** Subscription expiry. */
            expiry: number;

            /** Subscription statusCode. */
            statusCode: number;

            /**
             * Creates a new Subscription instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Subscription instance
             */
            static create(properties: spotify.ap.Subscription.$Shape): spotify.ap.Subscription & spotify.ap.Subscription.$Shape;
            static create(properties?: spotify.ap.Subscription.$Properties): spotify.ap.Subscription;

            /**
             * Encodes the specified Subscription message. Does not implicitly {@link spotify.ap.Subscription.verify|verify} messages.
             * @param message Subscription message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.ap.Subscription.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Subscription message, length delimited. Does not implicitly {@link spotify.ap.Subscription.verify|verify} messages.
             * @param message Subscription message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.ap.Subscription.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Subscription message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.ap.Subscription & spotify.ap.Subscription.$Shape} Subscription
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.ap.Subscription & spotify.ap.Subscription.$Shape;

            /**
             * Decodes a Subscription message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.ap.Subscription & spotify.ap.Subscription.$Shape} Subscription
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.ap.Subscription & spotify.ap.Subscription.$Shape;

            /**
             * Verifies a Subscription message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Subscription message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Subscription
             */
            static fromObject(object: { [k: string]: any }): spotify.ap.Subscription;

            /**
             * Creates a plain object from a Subscription message. Also converts values to other types if specified.
             * @param message Subscription
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.ap.Subscription, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Subscription to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Subscription
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Subscription {

            /** Properties of a Subscription. */
            interface $Properties {

                /** Subscription uri */
                uri?: (string|null);

                /** Subscription expiry */
                expiry?: (number|null);

                /** Subscription statusCode */
                statusCode?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Subscription. */
            type $Shape = spotify.ap.Subscription.$Properties;
        }
    }
}
