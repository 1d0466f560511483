/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Array = $util.global.Array, $parseInt = $util.global.parseInt, $Number = $util.global.Number, $BigInt = $util.global.BigInt, $Boolean = $util.global.Boolean;

// Exported root namespace
const $root = $protobuf.roots["spotlet_ap"] || ($protobuf.roots["spotlet_ap"] = {});

export const spotify = $root.spotify = (() => {

    /**
     * Namespace spotify.
     * @exports spotify
     * @namespace
     */
    const spotify = {};

    spotify.ap = (function() {

        /**
         * Namespace ap.
         * @memberof spotify
         * @namespace
         */
        const ap = {};

        /**
         * AuthenticationType enum.
         * @name spotify.ap.AuthenticationType
         * @enum {number}
         * @property {number} AUTHENTICATION_USER_PASS=0 AUTHENTICATION_USER_PASS value
         * @property {number} AUTHENTICATION_STORED_SPOTIFY_CREDENTIALS=1 AUTHENTICATION_STORED_SPOTIFY_CREDENTIALS value
         * @property {number} AUTHENTICATION_STORED_FACEBOOK_CREDENTIALS=2 AUTHENTICATION_STORED_FACEBOOK_CREDENTIALS value
         * @property {number} AUTHENTICATION_SPOTIFY_TOKEN=3 AUTHENTICATION_SPOTIFY_TOKEN value
         * @property {number} AUTHENTICATION_FACEBOOK_TOKEN=4 AUTHENTICATION_FACEBOOK_TOKEN value
         */
        ap.AuthenticationType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "AUTHENTICATION_USER_PASS"] = 0;
            values[valuesById[1] = "AUTHENTICATION_STORED_SPOTIFY_CREDENTIALS"] = 1;
            values[valuesById[2] = "AUTHENTICATION_STORED_FACEBOOK_CREDENTIALS"] = 2;
            values[valuesById[3] = "AUTHENTICATION_SPOTIFY_TOKEN"] = 3;
            values[valuesById[4] = "AUTHENTICATION_FACEBOOK_TOKEN"] = 4;
            return values;
        })();

        /**
         * CpuFamily enum.
         * @name spotify.ap.CpuFamily
         * @enum {number}
         * @property {number} CPU_UNKNOWN=0 CPU_UNKNOWN value
         * @property {number} CPU_X86=1 CPU_X86 value
         * @property {number} CPU_X86_64=2 CPU_X86_64 value
         * @property {number} CPU_PPC=3 CPU_PPC value
         * @property {number} CPU_PPC_64=4 CPU_PPC_64 value
         * @property {number} CPU_ARM=5 CPU_ARM value
         * @property {number} CPU_IA64=6 CPU_IA64 value
         * @property {number} CPU_SH=7 CPU_SH value
         * @property {number} CPU_MIPS=8 CPU_MIPS value
         * @property {number} CPU_BLACKFIN=9 CPU_BLACKFIN value
         */
        ap.CpuFamily = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "CPU_UNKNOWN"] = 0;
            values[valuesById[1] = "CPU_X86"] = 1;
            values[valuesById[2] = "CPU_X86_64"] = 2;
            values[valuesById[3] = "CPU_PPC"] = 3;
            values[valuesById[4] = "CPU_PPC_64"] = 4;
            values[valuesById[5] = "CPU_ARM"] = 5;
            values[valuesById[6] = "CPU_IA64"] = 6;
            values[valuesById[7] = "CPU_SH"] = 7;
            values[valuesById[8] = "CPU_MIPS"] = 8;
            values[valuesById[9] = "CPU_BLACKFIN"] = 9;
            return values;
        })();

        /**
         * Os enum.
         * @name spotify.ap.Os
         * @enum {number}
         * @property {number} OS_UNKNOWN=0 OS_UNKNOWN value
         * @property {number} OS_WINDOWS=1 OS_WINDOWS value
         * @property {number} OS_OSX=2 OS_OSX value
         * @property {number} OS_IPHONE=3 OS_IPHONE value
         * @property {number} OS_S60=4 OS_S60 value
         * @property {number} OS_LINUX=5 OS_LINUX value
         * @property {number} OS_WINDOWS_CE=6 OS_WINDOWS_CE value
         * @property {number} OS_ANDROID=7 OS_ANDROID value
         * @property {number} OS_PALM=8 OS_PALM value
         * @property {number} OS_FREEBSD=9 OS_FREEBSD value
         */
        ap.Os = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "OS_UNKNOWN"] = 0;
            values[valuesById[1] = "OS_WINDOWS"] = 1;
            values[valuesById[2] = "OS_OSX"] = 2;
            values[valuesById[3] = "OS_IPHONE"] = 3;
            values[valuesById[4] = "OS_S60"] = 4;
            values[valuesById[5] = "OS_LINUX"] = 5;
            values[valuesById[6] = "OS_WINDOWS_CE"] = 6;
            values[valuesById[7] = "OS_ANDROID"] = 7;
            values[valuesById[8] = "OS_PALM"] = 8;
            values[valuesById[9] = "OS_FREEBSD"] = 9;
            return values;
        })();

        /**
         * AccountType enum.
         * @name spotify.ap.AccountType
         * @enum {number}
         * @property {number} Spotify=0 Spotify value
         * @property {number} Facebook=1 Facebook value
         */
        ap.AccountType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "Spotify"] = 0;
            values[valuesById[1] = "Facebook"] = 1;
            return values;
        })();

        ap.LoginCredentials = (function() {

            /**
             * Properties of a LoginCredentials.
             * @typedef {Object} spotify.ap.LoginCredentials.$Properties
             * @property {string|null} [username] LoginCredentials username
             * @property {spotify.ap.AuthenticationType} typ LoginCredentials typ
             * @property {Uint8Array|null} [authData] LoginCredentials authData
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LoginCredentials.
             * @memberof spotify.ap
             * @interface ILoginCredentials
             * @augments spotify.ap.LoginCredentials.$Properties
             * @deprecated Use spotify.ap.LoginCredentials.$Properties instead.
             */

            /**
             * Shape of a LoginCredentials.
             * @typedef {spotify.ap.LoginCredentials.$Properties} spotify.ap.LoginCredentials.$Shape
             */

            /**
             * Constructs a new LoginCredentials.
             * @memberof spotify.ap
             * @classdesc Represents a LoginCredentials.
             * @constructor
             * @param {spotify.ap.LoginCredentials.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LoginCredentials = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LoginCredentials username.
             * @member {string} username
             * @memberof spotify.ap.LoginCredentials
             * @instance
             */
            LoginCredentials.prototype.username = "";

            /**
             * LoginCredentials typ.
             * @member {spotify.ap.AuthenticationType} typ
             * @memberof spotify.ap.LoginCredentials
             * @instance
             */
            LoginCredentials.prototype.typ = 0;

            /**
             * LoginCredentials authData.
             * @member {Uint8Array} authData
             * @memberof spotify.ap.LoginCredentials
             * @instance
             */
            LoginCredentials.prototype.authData = $util.newBuffer([]);

            /**
             * Creates a new LoginCredentials instance using the specified properties.
             * @function create
             * @memberof spotify.ap.LoginCredentials
             * @static
             * @param {spotify.ap.LoginCredentials.$Properties=} [properties] Properties to set
             * @returns {spotify.ap.LoginCredentials} LoginCredentials instance
             * @type {{
             *   (properties: spotify.ap.LoginCredentials.$Shape): spotify.ap.LoginCredentials & spotify.ap.LoginCredentials.$Shape;
             *   (properties?: spotify.ap.LoginCredentials.$Properties): spotify.ap.LoginCredentials;
             * }}
             */
            LoginCredentials.create = function(properties) {
                return new LoginCredentials(properties);
            };

            /**
             * Encodes the specified LoginCredentials message. Does not implicitly {@link spotify.ap.LoginCredentials.verify|verify} messages.
             * @function encode
             * @memberof spotify.ap.LoginCredentials
             * @static
             * @param {spotify.ap.LoginCredentials.$Properties} message LoginCredentials message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LoginCredentials.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.username != null && $Object.hasOwnProperty.call(message, "username"))
                    writer.uint32(/* id 10, wireType 2 =*/82).string(message.username);
                writer.uint32(/* id 20, wireType 0 =*/160).int32(message.typ);
                if (message.authData != null && $Object.hasOwnProperty.call(message, "authData"))
                    writer.uint32(/* id 30, wireType 2 =*/242).bytes(message.authData);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified LoginCredentials message, length delimited. Does not implicitly {@link spotify.ap.LoginCredentials.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.ap.LoginCredentials
             * @static
             * @param {spotify.ap.LoginCredentials.$Properties} message LoginCredentials message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LoginCredentials.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a LoginCredentials message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.ap.LoginCredentials
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.ap.LoginCredentials & spotify.ap.LoginCredentials.$Shape} LoginCredentials
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LoginCredentials.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.spotify.ap.LoginCredentials();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.username = reader.string();
                            continue;
                        }
                    case 20: {
                            if (wireType !== 0)
                                break;
                            value = reader.int32();
                            if ($root.spotify.ap.AuthenticationType[value] !== $undefined)
                                message.typ = value;
                            else if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                            continue;
                        }
                    case 30: {
                            if (wireType !== 2)
                                break;
                            message.authData = reader.bytes();
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                if (!$Object.hasOwnProperty.call(message, "typ"))
                    throw $util.ProtocolError("missing required 'typ'", { instance: message });
                return message;
            };

            /**
             * Decodes a LoginCredentials message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.ap.LoginCredentials
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.ap.LoginCredentials & spotify.ap.LoginCredentials.$Shape} LoginCredentials
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LoginCredentials.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a LoginCredentials message.
             * @function verify
             * @memberof spotify.ap.LoginCredentials
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            LoginCredentials.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.username != null && $Object.hasOwnProperty.call(message, "username"))
                    if (!$util.isString(message.username))
                        return "username: string expected";
                switch (message.typ) {
                default:
                    return "typ: enum value expected";
                case 0:
                case 1:
                case 2:
                case 3:
                case 4:
                    break;
                }
                if (message.authData != null && $Object.hasOwnProperty.call(message, "authData"))
                    if (!(message.authData && typeof message.authData.length === "number" || $util.isString(message.authData)))
                        return "authData: buffer expected";
                return null;
            };

            /**
             * Creates a LoginCredentials message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.ap.LoginCredentials
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.ap.LoginCredentials} LoginCredentials
             */
            LoginCredentials.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.ap.LoginCredentials)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.ap.LoginCredentials: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.spotify.ap.LoginCredentials();
                if (object.username != null)
                    message.username = $String(object.username);
                switch (object.typ) {
                case "AUTHENTICATION_USER_PASS":
                case 0:
                    message.typ = 0;
                    break;
                case "AUTHENTICATION_STORED_SPOTIFY_CREDENTIALS":
                case 1:
                    message.typ = 1;
                    break;
                case "AUTHENTICATION_STORED_FACEBOOK_CREDENTIALS":
                case 2:
                    message.typ = 2;
                    break;
                case "AUTHENTICATION_SPOTIFY_TOKEN":
                case 3:
                    message.typ = 3;
                    break;
                case "AUTHENTICATION_FACEBOOK_TOKEN":
                case 4:
                    message.typ = 4;
                    break;
                default:
                }
                if (object.authData != null)
                    if (typeof object.authData === "string")
                        $util.base64.decode(object.authData, message.authData = $util.newBuffer($util.base64.length(object.authData)), 0);
                    else if (object.authData.length >= 0)
                        message.authData = object.authData;
                return message;
            };

            /**
             * Creates a plain object from a LoginCredentials message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.ap.LoginCredentials
             * @static
             * @param {spotify.ap.LoginCredentials} message LoginCredentials
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LoginCredentials.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.username = "";
                    object.typ = options.enums === $String ? "AUTHENTICATION_USER_PASS" : 0;
                    if (options.bytes === $String)
                        object.authData = "";
                    else {
                        object.authData = [];
                        if (options.bytes !== $Array)
                            object.authData = $util.newBuffer(object.authData);
                    }
                }
                if (message.username != null && $Object.hasOwnProperty.call(message, "username"))
                    object.username = message.username;
                if (message.typ != null && $Object.hasOwnProperty.call(message, "typ"))
                    object.typ = options.enums === $String ? $root.spotify.ap.AuthenticationType[message.typ] === $undefined ? message.typ : $root.spotify.ap.AuthenticationType[message.typ] : message.typ;
                if (message.authData != null && $Object.hasOwnProperty.call(message, "authData"))
                    object.authData = options.bytes === $String ? $util.base64.encode(message.authData, 0, message.authData.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.authData) : message.authData;
                return object;
            };

            /**
             * Converts this LoginCredentials to JSON.
             * @function toJSON
             * @memberof spotify.ap.LoginCredentials
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LoginCredentials.prototype.toJSON = function() {
                return LoginCredentials.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for LoginCredentials
             * @function getTypeUrl
             * @memberof spotify.ap.LoginCredentials
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LoginCredentials.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.ap.LoginCredentials";
            };

            return LoginCredentials;
        })();

        ap.SystemInfo = (function() {

            /**
             * Properties of a SystemInfo.
             * @typedef {Object} spotify.ap.SystemInfo.$Properties
             * @property {spotify.ap.CpuFamily} cpuFamily SystemInfo cpuFamily
             * @property {number|null} [cpuSubtype] SystemInfo cpuSubtype
             * @property {number|null} [cpuExt] SystemInfo cpuExt
             * @property {number|null} [brand] SystemInfo brand
             * @property {number|null} [brandFlags] SystemInfo brandFlags
             * @property {spotify.ap.Os} os SystemInfo os
             * @property {number|null} [osVersion] SystemInfo osVersion
             * @property {number|null} [osExt] SystemInfo osExt
             * @property {string|null} [systemInformationString] SystemInfo systemInformationString
             * @property {string|null} [deviceId] SystemInfo deviceId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SystemInfo.
             * @memberof spotify.ap
             * @interface ISystemInfo
             * @augments spotify.ap.SystemInfo.$Properties
             * @deprecated Use spotify.ap.SystemInfo.$Properties instead.
             */

            /**
             * Shape of a SystemInfo.
             * @typedef {spotify.ap.SystemInfo.$Properties} spotify.ap.SystemInfo.$Shape
             */

            /**
             * Constructs a new SystemInfo.
             * @memberof spotify.ap
             * @classdesc Represents a SystemInfo.
             * @constructor
             * @param {spotify.ap.SystemInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SystemInfo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SystemInfo cpuFamily.
             * @member {spotify.ap.CpuFamily} cpuFamily
             * @memberof spotify.ap.SystemInfo
             * @instance
             */
            SystemInfo.prototype.cpuFamily = 0;

            /**
             * SystemInfo cpuSubtype.
             * @member {number} cpuSubtype
             * @memberof spotify.ap.SystemInfo
             * @instance
             */
            SystemInfo.prototype.cpuSubtype = 0;

            /**
             * SystemInfo cpuExt.
             * @member {number} cpuExt
             * @memberof spotify.ap.SystemInfo
             * @instance
             */
            SystemInfo.prototype.cpuExt = 0;

            /**
             * SystemInfo brand.
             * @member {number} brand
             * @memberof spotify.ap.SystemInfo
             * @instance
             */
            SystemInfo.prototype.brand = 0;

            /**
             * SystemInfo brandFlags.
             * @member {number} brandFlags
             * @memberof spotify.ap.SystemInfo
             * @instance
             */
            SystemInfo.prototype.brandFlags = 0;

            /**
             * SystemInfo os.
             * @member {spotify.ap.Os} os
             * @memberof spotify.ap.SystemInfo
             * @instance
             */
            SystemInfo.prototype.os = 0;

            /**
             * SystemInfo osVersion.
             * @member {number} osVersion
             * @memberof spotify.ap.SystemInfo
             * @instance
             */
            SystemInfo.prototype.osVersion = 0;

            /**
             * SystemInfo osExt.
             * @member {number} osExt
             * @memberof spotify.ap.SystemInfo
             * @instance
             */
            SystemInfo.prototype.osExt = 0;

            /**
             * SystemInfo systemInformationString.
             * @member {string} systemInformationString
             * @memberof spotify.ap.SystemInfo
             * @instance
             */
            SystemInfo.prototype.systemInformationString = "";

            /**
             * SystemInfo deviceId.
             * @member {string} deviceId
             * @memberof spotify.ap.SystemInfo
             * @instance
             */
            SystemInfo.prototype.deviceId = "";

            /**
             * Creates a new SystemInfo instance using the specified properties.
             * @function create
             * @memberof spotify.ap.SystemInfo
             * @static
             * @param {spotify.ap.SystemInfo.$Properties=} [properties] Properties to set
             * @returns {spotify.ap.SystemInfo} SystemInfo instance
             * @type {{
             *   (properties: spotify.ap.SystemInfo.$Shape): spotify.ap.SystemInfo & spotify.ap.SystemInfo.$Shape;
             *   (properties?: spotify.ap.SystemInfo.$Properties): spotify.ap.SystemInfo;
             * }}
             */
            SystemInfo.create = function(properties) {
                return new SystemInfo(properties);
            };

            /**
             * Encodes the specified SystemInfo message. Does not implicitly {@link spotify.ap.SystemInfo.verify|verify} messages.
             * @function encode
             * @memberof spotify.ap.SystemInfo
             * @static
             * @param {spotify.ap.SystemInfo.$Properties} message SystemInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SystemInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(/* id 10, wireType 0 =*/80).int32(message.cpuFamily);
                if (message.cpuSubtype != null && $Object.hasOwnProperty.call(message, "cpuSubtype"))
                    writer.uint32(/* id 20, wireType 0 =*/160).uint32(message.cpuSubtype);
                if (message.cpuExt != null && $Object.hasOwnProperty.call(message, "cpuExt"))
                    writer.uint32(/* id 30, wireType 0 =*/240).uint32(message.cpuExt);
                if (message.brand != null && $Object.hasOwnProperty.call(message, "brand"))
                    writer.uint32(/* id 40, wireType 0 =*/320).uint32(message.brand);
                if (message.brandFlags != null && $Object.hasOwnProperty.call(message, "brandFlags"))
                    writer.uint32(/* id 50, wireType 0 =*/400).uint32(message.brandFlags);
                writer.uint32(/* id 60, wireType 0 =*/480).int32(message.os);
                if (message.osVersion != null && $Object.hasOwnProperty.call(message, "osVersion"))
                    writer.uint32(/* id 70, wireType 0 =*/560).uint32(message.osVersion);
                if (message.osExt != null && $Object.hasOwnProperty.call(message, "osExt"))
                    writer.uint32(/* id 80, wireType 0 =*/640).uint32(message.osExt);
                if (message.systemInformationString != null && $Object.hasOwnProperty.call(message, "systemInformationString"))
                    writer.uint32(/* id 90, wireType 2 =*/722).string(message.systemInformationString);
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId"))
                    writer.uint32(/* id 100, wireType 2 =*/802).string(message.deviceId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified SystemInfo message, length delimited. Does not implicitly {@link spotify.ap.SystemInfo.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.ap.SystemInfo
             * @static
             * @param {spotify.ap.SystemInfo.$Properties} message SystemInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SystemInfo.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SystemInfo message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.ap.SystemInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.ap.SystemInfo & spotify.ap.SystemInfo.$Shape} SystemInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SystemInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.spotify.ap.SystemInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 10: {
                            if (wireType !== 0)
                                break;
                            value = reader.int32();
                            if ($root.spotify.ap.CpuFamily[value] !== $undefined)
                                message.cpuFamily = value;
                            else if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                            continue;
                        }
                    case 20: {
                            if (wireType !== 0)
                                break;
                            message.cpuSubtype = reader.uint32();
                            continue;
                        }
                    case 30: {
                            if (wireType !== 0)
                                break;
                            message.cpuExt = reader.uint32();
                            continue;
                        }
                    case 40: {
                            if (wireType !== 0)
                                break;
                            message.brand = reader.uint32();
                            continue;
                        }
                    case 50: {
                            if (wireType !== 0)
                                break;
                            message.brandFlags = reader.uint32();
                            continue;
                        }
                    case 60: {
                            if (wireType !== 0)
                                break;
                            value = reader.int32();
                            if ($root.spotify.ap.Os[value] !== $undefined)
                                message.os = value;
                            else if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                            continue;
                        }
                    case 70: {
                            if (wireType !== 0)
                                break;
                            message.osVersion = reader.uint32();
                            continue;
                        }
                    case 80: {
                            if (wireType !== 0)
                                break;
                            message.osExt = reader.uint32();
                            continue;
                        }
                    case 90: {
                            if (wireType !== 2)
                                break;
                            message.systemInformationString = reader.string();
                            continue;
                        }
                    case 100: {
                            if (wireType !== 2)
                                break;
                            message.deviceId = reader.string();
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                if (!$Object.hasOwnProperty.call(message, "cpuFamily"))
                    throw $util.ProtocolError("missing required 'cpuFamily'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "os"))
                    throw $util.ProtocolError("missing required 'os'", { instance: message });
                return message;
            };

            /**
             * Decodes a SystemInfo message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.ap.SystemInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.ap.SystemInfo & spotify.ap.SystemInfo.$Shape} SystemInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SystemInfo.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SystemInfo message.
             * @function verify
             * @memberof spotify.ap.SystemInfo
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SystemInfo.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                switch (message.cpuFamily) {
                default:
                    return "cpuFamily: enum value expected";
                case 0:
                case 1:
                case 2:
                case 3:
                case 4:
                case 5:
                case 6:
                case 7:
                case 8:
                case 9:
                    break;
                }
                if (message.cpuSubtype != null && $Object.hasOwnProperty.call(message, "cpuSubtype"))
                    if (!$util.isInteger(message.cpuSubtype))
                        return "cpuSubtype: integer expected";
                if (message.cpuExt != null && $Object.hasOwnProperty.call(message, "cpuExt"))
                    if (!$util.isInteger(message.cpuExt))
                        return "cpuExt: integer expected";
                if (message.brand != null && $Object.hasOwnProperty.call(message, "brand"))
                    if (!$util.isInteger(message.brand))
                        return "brand: integer expected";
                if (message.brandFlags != null && $Object.hasOwnProperty.call(message, "brandFlags"))
                    if (!$util.isInteger(message.brandFlags))
                        return "brandFlags: integer expected";
                switch (message.os) {
                default:
                    return "os: enum value expected";
                case 0:
                case 1:
                case 2:
                case 3:
                case 4:
                case 5:
                case 6:
                case 7:
                case 8:
                case 9:
                    break;
                }
                if (message.osVersion != null && $Object.hasOwnProperty.call(message, "osVersion"))
                    if (!$util.isInteger(message.osVersion))
                        return "osVersion: integer expected";
                if (message.osExt != null && $Object.hasOwnProperty.call(message, "osExt"))
                    if (!$util.isInteger(message.osExt))
                        return "osExt: integer expected";
                if (message.systemInformationString != null && $Object.hasOwnProperty.call(message, "systemInformationString"))
                    if (!$util.isString(message.systemInformationString))
                        return "systemInformationString: string expected";
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId"))
                    if (!$util.isString(message.deviceId))
                        return "deviceId: string expected";
                return null;
            };

            /**
             * Creates a SystemInfo message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.ap.SystemInfo
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.ap.SystemInfo} SystemInfo
             */
            SystemInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.ap.SystemInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.ap.SystemInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.spotify.ap.SystemInfo();
                switch (object.cpuFamily) {
                case "CPU_UNKNOWN":
                case 0:
                    message.cpuFamily = 0;
                    break;
                case "CPU_X86":
                case 1:
                    message.cpuFamily = 1;
                    break;
                case "CPU_X86_64":
                case 2:
                    message.cpuFamily = 2;
                    break;
                case "CPU_PPC":
                case 3:
                    message.cpuFamily = 3;
                    break;
                case "CPU_PPC_64":
                case 4:
                    message.cpuFamily = 4;
                    break;
                case "CPU_ARM":
                case 5:
                    message.cpuFamily = 5;
                    break;
                case "CPU_IA64":
                case 6:
                    message.cpuFamily = 6;
                    break;
                case "CPU_SH":
                case 7:
                    message.cpuFamily = 7;
                    break;
                case "CPU_MIPS":
                case 8:
                    message.cpuFamily = 8;
                    break;
                case "CPU_BLACKFIN":
                case 9:
                    message.cpuFamily = 9;
                    break;
                default:
                }
                if (object.cpuSubtype != null)
                    message.cpuSubtype = object.cpuSubtype >>> 0;
                if (object.cpuExt != null)
                    message.cpuExt = object.cpuExt >>> 0;
                if (object.brand != null)
                    message.brand = object.brand >>> 0;
                if (object.brandFlags != null)
                    message.brandFlags = object.brandFlags >>> 0;
                switch (object.os) {
                case "OS_UNKNOWN":
                case 0:
                    message.os = 0;
                    break;
                case "OS_WINDOWS":
                case 1:
                    message.os = 1;
                    break;
                case "OS_OSX":
                case 2:
                    message.os = 2;
                    break;
                case "OS_IPHONE":
                case 3:
                    message.os = 3;
                    break;
                case "OS_S60":
                case 4:
                    message.os = 4;
                    break;
                case "OS_LINUX":
                case 5:
                    message.os = 5;
                    break;
                case "OS_WINDOWS_CE":
                case 6:
                    message.os = 6;
                    break;
                case "OS_ANDROID":
                case 7:
                    message.os = 7;
                    break;
                case "OS_PALM":
                case 8:
                    message.os = 8;
                    break;
                case "OS_FREEBSD":
                case 9:
                    message.os = 9;
                    break;
                default:
                }
                if (object.osVersion != null)
                    message.osVersion = object.osVersion >>> 0;
                if (object.osExt != null)
                    message.osExt = object.osExt >>> 0;
                if (object.systemInformationString != null)
                    message.systemInformationString = $String(object.systemInformationString);
                if (object.deviceId != null)
                    message.deviceId = $String(object.deviceId);
                return message;
            };

            /**
             * Creates a plain object from a SystemInfo message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.ap.SystemInfo
             * @static
             * @param {spotify.ap.SystemInfo} message SystemInfo
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SystemInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.cpuFamily = options.enums === $String ? "CPU_UNKNOWN" : 0;
                    object.cpuSubtype = 0;
                    object.cpuExt = 0;
                    object.brand = 0;
                    object.brandFlags = 0;
                    object.os = options.enums === $String ? "OS_UNKNOWN" : 0;
                    object.osVersion = 0;
                    object.osExt = 0;
                    object.systemInformationString = "";
                    object.deviceId = "";
                }
                if (message.cpuFamily != null && $Object.hasOwnProperty.call(message, "cpuFamily"))
                    object.cpuFamily = options.enums === $String ? $root.spotify.ap.CpuFamily[message.cpuFamily] === $undefined ? message.cpuFamily : $root.spotify.ap.CpuFamily[message.cpuFamily] : message.cpuFamily;
                if (message.cpuSubtype != null && $Object.hasOwnProperty.call(message, "cpuSubtype"))
                    object.cpuSubtype = message.cpuSubtype;
                if (message.cpuExt != null && $Object.hasOwnProperty.call(message, "cpuExt"))
                    object.cpuExt = message.cpuExt;
                if (message.brand != null && $Object.hasOwnProperty.call(message, "brand"))
                    object.brand = message.brand;
                if (message.brandFlags != null && $Object.hasOwnProperty.call(message, "brandFlags"))
                    object.brandFlags = message.brandFlags;
                if (message.os != null && $Object.hasOwnProperty.call(message, "os"))
                    object.os = options.enums === $String ? $root.spotify.ap.Os[message.os] === $undefined ? message.os : $root.spotify.ap.Os[message.os] : message.os;
                if (message.osVersion != null && $Object.hasOwnProperty.call(message, "osVersion"))
                    object.osVersion = message.osVersion;
                if (message.osExt != null && $Object.hasOwnProperty.call(message, "osExt"))
                    object.osExt = message.osExt;
                if (message.systemInformationString != null && $Object.hasOwnProperty.call(message, "systemInformationString"))
                    object.systemInformationString = message.systemInformationString;
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId"))
                    object.deviceId = message.deviceId;
                return object;
            };

            /**
             * Converts this SystemInfo to JSON.
             * @function toJSON
             * @memberof spotify.ap.SystemInfo
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SystemInfo.prototype.toJSON = function() {
                return SystemInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SystemInfo
             * @function getTypeUrl
             * @memberof spotify.ap.SystemInfo
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SystemInfo.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.ap.SystemInfo";
            };

            return SystemInfo;
        })();

        ap.ClientResponseEncrypted = (function() {

            /**
             * Properties of a ClientResponseEncrypted.
             * @typedef {Object} spotify.ap.ClientResponseEncrypted.$Properties
             * @property {spotify.ap.LoginCredentials.$Properties} loginCredentials ClientResponseEncrypted loginCredentials
             * @property {spotify.ap.SystemInfo.$Properties} systemInfo ClientResponseEncrypted systemInfo
             * @property {string|null} [platformModel] ClientResponseEncrypted platformModel
             * @property {string|null} [versionString] ClientResponseEncrypted versionString
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ClientResponseEncrypted.
             * @memberof spotify.ap
             * @interface IClientResponseEncrypted
             * @augments spotify.ap.ClientResponseEncrypted.$Properties
             * @deprecated Use spotify.ap.ClientResponseEncrypted.$Properties instead.
             */

            /**
             * Shape of a ClientResponseEncrypted.
             * @typedef {spotify.ap.ClientResponseEncrypted.$Properties} spotify.ap.ClientResponseEncrypted.$Shape
             */

            /**
             * Constructs a new ClientResponseEncrypted.
             * @memberof spotify.ap
             * @classdesc Represents a ClientResponseEncrypted.
             * @constructor
             * @param {spotify.ap.ClientResponseEncrypted.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ClientResponseEncrypted = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ClientResponseEncrypted loginCredentials.
             * @member {spotify.ap.LoginCredentials.$Properties} loginCredentials
             * @memberof spotify.ap.ClientResponseEncrypted
             * @instance
             */
            ClientResponseEncrypted.prototype.loginCredentials = null;

            /**
             * ClientResponseEncrypted systemInfo.
             * @member {spotify.ap.SystemInfo.$Properties} systemInfo
             * @memberof spotify.ap.ClientResponseEncrypted
             * @instance
             */
            ClientResponseEncrypted.prototype.systemInfo = null;

            /**
             * ClientResponseEncrypted platformModel.
             * @member {string} platformModel
             * @memberof spotify.ap.ClientResponseEncrypted
             * @instance
             */
            ClientResponseEncrypted.prototype.platformModel = "";

            /**
             * ClientResponseEncrypted versionString.
             * @member {string} versionString
             * @memberof spotify.ap.ClientResponseEncrypted
             * @instance
             */
            ClientResponseEncrypted.prototype.versionString = "";

            /**
             * Creates a new ClientResponseEncrypted instance using the specified properties.
             * @function create
             * @memberof spotify.ap.ClientResponseEncrypted
             * @static
             * @param {spotify.ap.ClientResponseEncrypted.$Properties=} [properties] Properties to set
             * @returns {spotify.ap.ClientResponseEncrypted} ClientResponseEncrypted instance
             * @type {{
             *   (properties: spotify.ap.ClientResponseEncrypted.$Shape): spotify.ap.ClientResponseEncrypted & spotify.ap.ClientResponseEncrypted.$Shape;
             *   (properties?: spotify.ap.ClientResponseEncrypted.$Properties): spotify.ap.ClientResponseEncrypted;
             * }}
             */
            ClientResponseEncrypted.create = function(properties) {
                return new ClientResponseEncrypted(properties);
            };

            /**
             * Encodes the specified ClientResponseEncrypted message. Does not implicitly {@link spotify.ap.ClientResponseEncrypted.verify|verify} messages.
             * @function encode
             * @memberof spotify.ap.ClientResponseEncrypted
             * @static
             * @param {spotify.ap.ClientResponseEncrypted.$Properties} message ClientResponseEncrypted message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ClientResponseEncrypted.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                $root.spotify.ap.LoginCredentials.encode(message.loginCredentials, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                $root.spotify.ap.SystemInfo.encode(message.systemInfo, writer.uint32(/* id 50, wireType 2 =*/402).fork(), _depth + 1).ldelim();
                if (message.platformModel != null && $Object.hasOwnProperty.call(message, "platformModel"))
                    writer.uint32(/* id 60, wireType 2 =*/482).string(message.platformModel);
                if (message.versionString != null && $Object.hasOwnProperty.call(message, "versionString"))
                    writer.uint32(/* id 70, wireType 2 =*/562).string(message.versionString);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ClientResponseEncrypted message, length delimited. Does not implicitly {@link spotify.ap.ClientResponseEncrypted.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.ap.ClientResponseEncrypted
             * @static
             * @param {spotify.ap.ClientResponseEncrypted.$Properties} message ClientResponseEncrypted message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ClientResponseEncrypted.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ClientResponseEncrypted message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.ap.ClientResponseEncrypted
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.ap.ClientResponseEncrypted & spotify.ap.ClientResponseEncrypted.$Shape} ClientResponseEncrypted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ClientResponseEncrypted.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.spotify.ap.ClientResponseEncrypted();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.loginCredentials = $root.spotify.ap.LoginCredentials.decode(reader, reader.size(), $undefined, _depth + 1, message.loginCredentials);
                            continue;
                        }
                    case 50: {
                            if (wireType !== 2)
                                break;
                            message.systemInfo = $root.spotify.ap.SystemInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.systemInfo);
                            continue;
                        }
                    case 60: {
                            if (wireType !== 2)
                                break;
                            message.platformModel = reader.string();
                            continue;
                        }
                    case 70: {
                            if (wireType !== 2)
                                break;
                            message.versionString = reader.string();
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                if (!$Object.hasOwnProperty.call(message, "loginCredentials"))
                    throw $util.ProtocolError("missing required 'loginCredentials'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "systemInfo"))
                    throw $util.ProtocolError("missing required 'systemInfo'", { instance: message });
                return message;
            };

            /**
             * Decodes a ClientResponseEncrypted message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.ap.ClientResponseEncrypted
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.ap.ClientResponseEncrypted & spotify.ap.ClientResponseEncrypted.$Shape} ClientResponseEncrypted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ClientResponseEncrypted.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ClientResponseEncrypted message.
             * @function verify
             * @memberof spotify.ap.ClientResponseEncrypted
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ClientResponseEncrypted.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                {
                    let error = $root.spotify.ap.LoginCredentials.verify(message.loginCredentials, _depth + 1);
                    if (error)
                        return "loginCredentials." + error;
                }
                {
                    let error = $root.spotify.ap.SystemInfo.verify(message.systemInfo, _depth + 1);
                    if (error)
                        return "systemInfo." + error;
                }
                if (message.platformModel != null && $Object.hasOwnProperty.call(message, "platformModel"))
                    if (!$util.isString(message.platformModel))
                        return "platformModel: string expected";
                if (message.versionString != null && $Object.hasOwnProperty.call(message, "versionString"))
                    if (!$util.isString(message.versionString))
                        return "versionString: string expected";
                return null;
            };

            /**
             * Creates a ClientResponseEncrypted message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.ap.ClientResponseEncrypted
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.ap.ClientResponseEncrypted} ClientResponseEncrypted
             */
            ClientResponseEncrypted.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.ap.ClientResponseEncrypted)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.ap.ClientResponseEncrypted: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.spotify.ap.ClientResponseEncrypted();
                if (object.loginCredentials != null) {
                    if (!$util.isObject(object.loginCredentials))
                        throw $TypeError(".spotify.ap.ClientResponseEncrypted.loginCredentials: object expected");
                    message.loginCredentials = $root.spotify.ap.LoginCredentials.fromObject(object.loginCredentials, _depth + 1);
                }
                if (object.systemInfo != null) {
                    if (!$util.isObject(object.systemInfo))
                        throw $TypeError(".spotify.ap.ClientResponseEncrypted.systemInfo: object expected");
                    message.systemInfo = $root.spotify.ap.SystemInfo.fromObject(object.systemInfo, _depth + 1);
                }
                if (object.platformModel != null)
                    message.platformModel = $String(object.platformModel);
                if (object.versionString != null)
                    message.versionString = $String(object.versionString);
                return message;
            };

            /**
             * Creates a plain object from a ClientResponseEncrypted message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.ap.ClientResponseEncrypted
             * @static
             * @param {spotify.ap.ClientResponseEncrypted} message ClientResponseEncrypted
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ClientResponseEncrypted.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.loginCredentials = null;
                    object.systemInfo = null;
                    object.platformModel = "";
                    object.versionString = "";
                }
                if (message.loginCredentials != null && $Object.hasOwnProperty.call(message, "loginCredentials"))
                    object.loginCredentials = $root.spotify.ap.LoginCredentials.toObject(message.loginCredentials, options, _depth + 1);
                if (message.systemInfo != null && $Object.hasOwnProperty.call(message, "systemInfo"))
                    object.systemInfo = $root.spotify.ap.SystemInfo.toObject(message.systemInfo, options, _depth + 1);
                if (message.platformModel != null && $Object.hasOwnProperty.call(message, "platformModel"))
                    object.platformModel = message.platformModel;
                if (message.versionString != null && $Object.hasOwnProperty.call(message, "versionString"))
                    object.versionString = message.versionString;
                return object;
            };

            /**
             * Converts this ClientResponseEncrypted to JSON.
             * @function toJSON
             * @memberof spotify.ap.ClientResponseEncrypted
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ClientResponseEncrypted.prototype.toJSON = function() {
                return ClientResponseEncrypted.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ClientResponseEncrypted
             * @function getTypeUrl
             * @memberof spotify.ap.ClientResponseEncrypted
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ClientResponseEncrypted.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.ap.ClientResponseEncrypted";
            };

            return ClientResponseEncrypted;
        })();

        ap.AccountInfoSpotify = (function() {

            /**
             * Properties of an AccountInfoSpotify.
             * @typedef {Object} spotify.ap.AccountInfoSpotify.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AccountInfoSpotify.
             * @memberof spotify.ap
             * @interface IAccountInfoSpotify
             * @augments spotify.ap.AccountInfoSpotify.$Properties
             * @deprecated Use spotify.ap.AccountInfoSpotify.$Properties instead.
             */

            /**
             * Shape of an AccountInfoSpotify.
             * @typedef {spotify.ap.AccountInfoSpotify.$Properties} spotify.ap.AccountInfoSpotify.$Shape
             */

            /**
             * Constructs a new AccountInfoSpotify.
             * @memberof spotify.ap
             * @classdesc Represents an AccountInfoSpotify.
             * @constructor
             * @param {spotify.ap.AccountInfoSpotify.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AccountInfoSpotify = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new AccountInfoSpotify instance using the specified properties.
             * @function create
             * @memberof spotify.ap.AccountInfoSpotify
             * @static
             * @param {spotify.ap.AccountInfoSpotify.$Properties=} [properties] Properties to set
             * @returns {spotify.ap.AccountInfoSpotify} AccountInfoSpotify instance
             * @type {{
             *   (properties: spotify.ap.AccountInfoSpotify.$Shape): spotify.ap.AccountInfoSpotify & spotify.ap.AccountInfoSpotify.$Shape;
             *   (properties?: spotify.ap.AccountInfoSpotify.$Properties): spotify.ap.AccountInfoSpotify;
             * }}
             */
            AccountInfoSpotify.create = function(properties) {
                return new AccountInfoSpotify(properties);
            };

            /**
             * Encodes the specified AccountInfoSpotify message. Does not implicitly {@link spotify.ap.AccountInfoSpotify.verify|verify} messages.
             * @function encode
             * @memberof spotify.ap.AccountInfoSpotify
             * @static
             * @param {spotify.ap.AccountInfoSpotify.$Properties} message AccountInfoSpotify message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AccountInfoSpotify.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified AccountInfoSpotify message, length delimited. Does not implicitly {@link spotify.ap.AccountInfoSpotify.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.ap.AccountInfoSpotify
             * @static
             * @param {spotify.ap.AccountInfoSpotify.$Properties} message AccountInfoSpotify message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AccountInfoSpotify.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an AccountInfoSpotify message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.ap.AccountInfoSpotify
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.ap.AccountInfoSpotify & spotify.ap.AccountInfoSpotify.$Shape} AccountInfoSpotify
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AccountInfoSpotify.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.spotify.ap.AccountInfoSpotify();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an AccountInfoSpotify message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.ap.AccountInfoSpotify
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.ap.AccountInfoSpotify & spotify.ap.AccountInfoSpotify.$Shape} AccountInfoSpotify
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AccountInfoSpotify.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an AccountInfoSpotify message.
             * @function verify
             * @memberof spotify.ap.AccountInfoSpotify
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AccountInfoSpotify.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            /**
             * Creates an AccountInfoSpotify message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.ap.AccountInfoSpotify
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.ap.AccountInfoSpotify} AccountInfoSpotify
             */
            AccountInfoSpotify.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.ap.AccountInfoSpotify)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.ap.AccountInfoSpotify: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.spotify.ap.AccountInfoSpotify();
            };

            /**
             * Creates a plain object from an AccountInfoSpotify message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.ap.AccountInfoSpotify
             * @static
             * @param {spotify.ap.AccountInfoSpotify} message AccountInfoSpotify
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AccountInfoSpotify.toObject = function () {
                return {};
            };

            /**
             * Converts this AccountInfoSpotify to JSON.
             * @function toJSON
             * @memberof spotify.ap.AccountInfoSpotify
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AccountInfoSpotify.prototype.toJSON = function() {
                return AccountInfoSpotify.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AccountInfoSpotify
             * @function getTypeUrl
             * @memberof spotify.ap.AccountInfoSpotify
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AccountInfoSpotify.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.ap.AccountInfoSpotify";
            };

            return AccountInfoSpotify;
        })();

        ap.AccountInfoFacebook = (function() {

            /**
             * Properties of an AccountInfoFacebook.
             * @typedef {Object} spotify.ap.AccountInfoFacebook.$Properties
             * @property {string|null} [accessToken] AccountInfoFacebook accessToken
             * @property {string|null} [machineId] AccountInfoFacebook machineId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AccountInfoFacebook.
             * @memberof spotify.ap
             * @interface IAccountInfoFacebook
             * @augments spotify.ap.AccountInfoFacebook.$Properties
             * @deprecated Use spotify.ap.AccountInfoFacebook.$Properties instead.
             */

            /**
             * Shape of an AccountInfoFacebook.
             * @typedef {spotify.ap.AccountInfoFacebook.$Properties} spotify.ap.AccountInfoFacebook.$Shape
             */

            /**
             * Constructs a new AccountInfoFacebook.
             * @memberof spotify.ap
             * @classdesc Represents an AccountInfoFacebook.
             * @constructor
             * @param {spotify.ap.AccountInfoFacebook.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AccountInfoFacebook = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AccountInfoFacebook accessToken.
             * @member {string} accessToken
             * @memberof spotify.ap.AccountInfoFacebook
             * @instance
             */
            AccountInfoFacebook.prototype.accessToken = "";

            /**
             * AccountInfoFacebook machineId.
             * @member {string} machineId
             * @memberof spotify.ap.AccountInfoFacebook
             * @instance
             */
            AccountInfoFacebook.prototype.machineId = "";

            /**
             * Creates a new AccountInfoFacebook instance using the specified properties.
             * @function create
             * @memberof spotify.ap.AccountInfoFacebook
             * @static
             * @param {spotify.ap.AccountInfoFacebook.$Properties=} [properties] Properties to set
             * @returns {spotify.ap.AccountInfoFacebook} AccountInfoFacebook instance
             * @type {{
             *   (properties: spotify.ap.AccountInfoFacebook.$Shape): spotify.ap.AccountInfoFacebook & spotify.ap.AccountInfoFacebook.$Shape;
             *   (properties?: spotify.ap.AccountInfoFacebook.$Properties): spotify.ap.AccountInfoFacebook;
             * }}
             */
            AccountInfoFacebook.create = function(properties) {
                return new AccountInfoFacebook(properties);
            };

            /**
             * Encodes the specified AccountInfoFacebook message. Does not implicitly {@link spotify.ap.AccountInfoFacebook.verify|verify} messages.
             * @function encode
             * @memberof spotify.ap.AccountInfoFacebook
             * @static
             * @param {spotify.ap.AccountInfoFacebook.$Properties} message AccountInfoFacebook message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AccountInfoFacebook.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.accessToken != null && $Object.hasOwnProperty.call(message, "accessToken"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.accessToken);
                if (message.machineId != null && $Object.hasOwnProperty.call(message, "machineId"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.machineId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified AccountInfoFacebook message, length delimited. Does not implicitly {@link spotify.ap.AccountInfoFacebook.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.ap.AccountInfoFacebook
             * @static
             * @param {spotify.ap.AccountInfoFacebook.$Properties} message AccountInfoFacebook message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AccountInfoFacebook.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an AccountInfoFacebook message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.ap.AccountInfoFacebook
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.ap.AccountInfoFacebook & spotify.ap.AccountInfoFacebook.$Shape} AccountInfoFacebook
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AccountInfoFacebook.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.spotify.ap.AccountInfoFacebook();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.accessToken = reader.string();
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.machineId = reader.string();
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an AccountInfoFacebook message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.ap.AccountInfoFacebook
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.ap.AccountInfoFacebook & spotify.ap.AccountInfoFacebook.$Shape} AccountInfoFacebook
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AccountInfoFacebook.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an AccountInfoFacebook message.
             * @function verify
             * @memberof spotify.ap.AccountInfoFacebook
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AccountInfoFacebook.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.accessToken != null && $Object.hasOwnProperty.call(message, "accessToken"))
                    if (!$util.isString(message.accessToken))
                        return "accessToken: string expected";
                if (message.machineId != null && $Object.hasOwnProperty.call(message, "machineId"))
                    if (!$util.isString(message.machineId))
                        return "machineId: string expected";
                return null;
            };

            /**
             * Creates an AccountInfoFacebook message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.ap.AccountInfoFacebook
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.ap.AccountInfoFacebook} AccountInfoFacebook
             */
            AccountInfoFacebook.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.ap.AccountInfoFacebook)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.ap.AccountInfoFacebook: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.spotify.ap.AccountInfoFacebook();
                if (object.accessToken != null)
                    message.accessToken = $String(object.accessToken);
                if (object.machineId != null)
                    message.machineId = $String(object.machineId);
                return message;
            };

            /**
             * Creates a plain object from an AccountInfoFacebook message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.ap.AccountInfoFacebook
             * @static
             * @param {spotify.ap.AccountInfoFacebook} message AccountInfoFacebook
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AccountInfoFacebook.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.accessToken = "";
                    object.machineId = "";
                }
                if (message.accessToken != null && $Object.hasOwnProperty.call(message, "accessToken"))
                    object.accessToken = message.accessToken;
                if (message.machineId != null && $Object.hasOwnProperty.call(message, "machineId"))
                    object.machineId = message.machineId;
                return object;
            };

            /**
             * Converts this AccountInfoFacebook to JSON.
             * @function toJSON
             * @memberof spotify.ap.AccountInfoFacebook
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AccountInfoFacebook.prototype.toJSON = function() {
                return AccountInfoFacebook.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AccountInfoFacebook
             * @function getTypeUrl
             * @memberof spotify.ap.AccountInfoFacebook
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AccountInfoFacebook.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.ap.AccountInfoFacebook";
            };

            return AccountInfoFacebook;
        })();

        ap.AccountInfo = (function() {

            /**
             * Properties of an AccountInfo.
             * @typedef {Object} spotify.ap.AccountInfo.$Properties
             * @property {spotify.ap.AccountInfoSpotify.$Properties|null} [spotify] AccountInfo spotify
             * @property {spotify.ap.AccountInfoFacebook.$Properties|null} [facebook] AccountInfo facebook
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AccountInfo.
             * @memberof spotify.ap
             * @interface IAccountInfo
             * @augments spotify.ap.AccountInfo.$Properties
             * @deprecated Use spotify.ap.AccountInfo.$Properties instead.
             */

            /**
             * Shape of an AccountInfo.
             * @typedef {spotify.ap.AccountInfo.$Properties} spotify.ap.AccountInfo.$Shape
             */

            /**
             * Constructs a new AccountInfo.
             * @memberof spotify.ap
             * @classdesc Represents an AccountInfo.
             * @constructor
             * @param {spotify.ap.AccountInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AccountInfo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AccountInfo spotify.
             * @member {spotify.ap.AccountInfoSpotify.$Properties|null|undefined} spotify
             * @memberof spotify.ap.AccountInfo
             * @instance
             */
            AccountInfo.prototype.spotify = null;

            /**
             * AccountInfo facebook.
             * @member {spotify.ap.AccountInfoFacebook.$Properties|null|undefined} facebook
             * @memberof spotify.ap.AccountInfo
             * @instance
             */
            AccountInfo.prototype.facebook = null;

            /**
             * Creates a new AccountInfo instance using the specified properties.
             * @function create
             * @memberof spotify.ap.AccountInfo
             * @static
             * @param {spotify.ap.AccountInfo.$Properties=} [properties] Properties to set
             * @returns {spotify.ap.AccountInfo} AccountInfo instance
             * @type {{
             *   (properties: spotify.ap.AccountInfo.$Shape): spotify.ap.AccountInfo & spotify.ap.AccountInfo.$Shape;
             *   (properties?: spotify.ap.AccountInfo.$Properties): spotify.ap.AccountInfo;
             * }}
             */
            AccountInfo.create = function(properties) {
                return new AccountInfo(properties);
            };

            /**
             * Encodes the specified AccountInfo message. Does not implicitly {@link spotify.ap.AccountInfo.verify|verify} messages.
             * @function encode
             * @memberof spotify.ap.AccountInfo
             * @static
             * @param {spotify.ap.AccountInfo.$Properties} message AccountInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AccountInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.spotify != null && $Object.hasOwnProperty.call(message, "spotify"))
                    $root.spotify.ap.AccountInfoSpotify.encode(message.spotify, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.facebook != null && $Object.hasOwnProperty.call(message, "facebook"))
                    $root.spotify.ap.AccountInfoFacebook.encode(message.facebook, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified AccountInfo message, length delimited. Does not implicitly {@link spotify.ap.AccountInfo.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.ap.AccountInfo
             * @static
             * @param {spotify.ap.AccountInfo.$Properties} message AccountInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AccountInfo.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an AccountInfo message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.ap.AccountInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.ap.AccountInfo & spotify.ap.AccountInfo.$Shape} AccountInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AccountInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.spotify.ap.AccountInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.spotify = $root.spotify.ap.AccountInfoSpotify.decode(reader, reader.size(), $undefined, _depth + 1, message.spotify);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.facebook = $root.spotify.ap.AccountInfoFacebook.decode(reader, reader.size(), $undefined, _depth + 1, message.facebook);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an AccountInfo message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.ap.AccountInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.ap.AccountInfo & spotify.ap.AccountInfo.$Shape} AccountInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AccountInfo.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an AccountInfo message.
             * @function verify
             * @memberof spotify.ap.AccountInfo
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AccountInfo.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.spotify != null && $Object.hasOwnProperty.call(message, "spotify")) {
                    let error = $root.spotify.ap.AccountInfoSpotify.verify(message.spotify, _depth + 1);
                    if (error)
                        return "spotify." + error;
                }
                if (message.facebook != null && $Object.hasOwnProperty.call(message, "facebook")) {
                    let error = $root.spotify.ap.AccountInfoFacebook.verify(message.facebook, _depth + 1);
                    if (error)
                        return "facebook." + error;
                }
                return null;
            };

            /**
             * Creates an AccountInfo message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.ap.AccountInfo
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.ap.AccountInfo} AccountInfo
             */
            AccountInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.ap.AccountInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.ap.AccountInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.spotify.ap.AccountInfo();
                if (object.spotify != null) {
                    if (!$util.isObject(object.spotify))
                        throw $TypeError(".spotify.ap.AccountInfo.spotify: object expected");
                    message.spotify = $root.spotify.ap.AccountInfoSpotify.fromObject(object.spotify, _depth + 1);
                }
                if (object.facebook != null) {
                    if (!$util.isObject(object.facebook))
                        throw $TypeError(".spotify.ap.AccountInfo.facebook: object expected");
                    message.facebook = $root.spotify.ap.AccountInfoFacebook.fromObject(object.facebook, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from an AccountInfo message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.ap.AccountInfo
             * @static
             * @param {spotify.ap.AccountInfo} message AccountInfo
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AccountInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.spotify = null;
                    object.facebook = null;
                }
                if (message.spotify != null && $Object.hasOwnProperty.call(message, "spotify"))
                    object.spotify = $root.spotify.ap.AccountInfoSpotify.toObject(message.spotify, options, _depth + 1);
                if (message.facebook != null && $Object.hasOwnProperty.call(message, "facebook"))
                    object.facebook = $root.spotify.ap.AccountInfoFacebook.toObject(message.facebook, options, _depth + 1);
                return object;
            };

            /**
             * Converts this AccountInfo to JSON.
             * @function toJSON
             * @memberof spotify.ap.AccountInfo
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AccountInfo.prototype.toJSON = function() {
                return AccountInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AccountInfo
             * @function getTypeUrl
             * @memberof spotify.ap.AccountInfo
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AccountInfo.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.ap.AccountInfo";
            };

            return AccountInfo;
        })();

        ap.APWelcome = (function() {

            /**
             * Properties of a APWelcome.
             * @typedef {Object} spotify.ap.APWelcome.$Properties
             * @property {string} canonicalUsername APWelcome canonicalUsername
             * @property {spotify.ap.AccountType} accountTypeLoggedIn APWelcome accountTypeLoggedIn
             * @property {spotify.ap.AccountType} credentialsTypeLoggedIn APWelcome credentialsTypeLoggedIn
             * @property {spotify.ap.AuthenticationType} reusableAuthCredentialsType APWelcome reusableAuthCredentialsType
             * @property {Uint8Array} reusableAuthCredentials APWelcome reusableAuthCredentials
             * @property {Uint8Array|null} [lfsSecret] APWelcome lfsSecret
             * @property {spotify.ap.AccountInfo.$Properties|null} [accountInfo] APWelcome accountInfo
             * @property {spotify.ap.AccountInfoFacebook.$Properties|null} [fb] APWelcome fb
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a APWelcome.
             * @memberof spotify.ap
             * @interface IAPWelcome
             * @augments spotify.ap.APWelcome.$Properties
             * @deprecated Use spotify.ap.APWelcome.$Properties instead.
             */

            /**
             * Shape of a APWelcome.
             * @typedef {spotify.ap.APWelcome.$Properties} spotify.ap.APWelcome.$Shape
             */

            /**
             * Constructs a new APWelcome.
             * @memberof spotify.ap
             * @classdesc Represents a APWelcome.
             * @constructor
             * @param {spotify.ap.APWelcome.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const APWelcome = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * APWelcome canonicalUsername.
             * @member {string} canonicalUsername
             * @memberof spotify.ap.APWelcome
             * @instance
             */
            APWelcome.prototype.canonicalUsername = "";

            /**
             * APWelcome accountTypeLoggedIn.
             * @member {spotify.ap.AccountType} accountTypeLoggedIn
             * @memberof spotify.ap.APWelcome
             * @instance
             */
            APWelcome.prototype.accountTypeLoggedIn = 0;

            /**
             * APWelcome credentialsTypeLoggedIn.
             * @member {spotify.ap.AccountType} credentialsTypeLoggedIn
             * @memberof spotify.ap.APWelcome
             * @instance
             */
            APWelcome.prototype.credentialsTypeLoggedIn = 0;

            /**
             * APWelcome reusableAuthCredentialsType.
             * @member {spotify.ap.AuthenticationType} reusableAuthCredentialsType
             * @memberof spotify.ap.APWelcome
             * @instance
             */
            APWelcome.prototype.reusableAuthCredentialsType = 0;

            /**
             * APWelcome reusableAuthCredentials.
             * @member {Uint8Array} reusableAuthCredentials
             * @memberof spotify.ap.APWelcome
             * @instance
             */
            APWelcome.prototype.reusableAuthCredentials = $util.newBuffer([]);

            /**
             * APWelcome lfsSecret.
             * @member {Uint8Array} lfsSecret
             * @memberof spotify.ap.APWelcome
             * @instance
             */
            APWelcome.prototype.lfsSecret = $util.newBuffer([]);

            /**
             * APWelcome accountInfo.
             * @member {spotify.ap.AccountInfo.$Properties|null|undefined} accountInfo
             * @memberof spotify.ap.APWelcome
             * @instance
             */
            APWelcome.prototype.accountInfo = null;

            /**
             * APWelcome fb.
             * @member {spotify.ap.AccountInfoFacebook.$Properties|null|undefined} fb
             * @memberof spotify.ap.APWelcome
             * @instance
             */
            APWelcome.prototype.fb = null;

            /**
             * Creates a new APWelcome instance using the specified properties.
             * @function create
             * @memberof spotify.ap.APWelcome
             * @static
             * @param {spotify.ap.APWelcome.$Properties=} [properties] Properties to set
             * @returns {spotify.ap.APWelcome} APWelcome instance
             * @type {{
             *   (properties: spotify.ap.APWelcome.$Shape): spotify.ap.APWelcome & spotify.ap.APWelcome.$Shape;
             *   (properties?: spotify.ap.APWelcome.$Properties): spotify.ap.APWelcome;
             * }}
             */
            APWelcome.create = function(properties) {
                return new APWelcome(properties);
            };

            /**
             * Encodes the specified APWelcome message. Does not implicitly {@link spotify.ap.APWelcome.verify|verify} messages.
             * @function encode
             * @memberof spotify.ap.APWelcome
             * @static
             * @param {spotify.ap.APWelcome.$Properties} message APWelcome message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            APWelcome.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(/* id 10, wireType 2 =*/82).string(message.canonicalUsername);
                writer.uint32(/* id 20, wireType 0 =*/160).int32(message.accountTypeLoggedIn);
                writer.uint32(/* id 25, wireType 0 =*/200).int32(message.credentialsTypeLoggedIn);
                writer.uint32(/* id 30, wireType 0 =*/240).int32(message.reusableAuthCredentialsType);
                writer.uint32(/* id 40, wireType 2 =*/322).bytes(message.reusableAuthCredentials);
                if (message.lfsSecret != null && $Object.hasOwnProperty.call(message, "lfsSecret"))
                    writer.uint32(/* id 50, wireType 2 =*/402).bytes(message.lfsSecret);
                if (message.accountInfo != null && $Object.hasOwnProperty.call(message, "accountInfo"))
                    $root.spotify.ap.AccountInfo.encode(message.accountInfo, writer.uint32(/* id 60, wireType 2 =*/482).fork(), _depth + 1).ldelim();
                if (message.fb != null && $Object.hasOwnProperty.call(message, "fb"))
                    $root.spotify.ap.AccountInfoFacebook.encode(message.fb, writer.uint32(/* id 70, wireType 2 =*/562).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified APWelcome message, length delimited. Does not implicitly {@link spotify.ap.APWelcome.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.ap.APWelcome
             * @static
             * @param {spotify.ap.APWelcome.$Properties} message APWelcome message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            APWelcome.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a APWelcome message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.ap.APWelcome
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.ap.APWelcome & spotify.ap.APWelcome.$Shape} APWelcome
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            APWelcome.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.spotify.ap.APWelcome();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.canonicalUsername = reader.string();
                            continue;
                        }
                    case 20: {
                            if (wireType !== 0)
                                break;
                            value = reader.int32();
                            if ($root.spotify.ap.AccountType[value] !== $undefined)
                                message.accountTypeLoggedIn = value;
                            else if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                            continue;
                        }
                    case 25: {
                            if (wireType !== 0)
                                break;
                            value = reader.int32();
                            if ($root.spotify.ap.AccountType[value] !== $undefined)
                                message.credentialsTypeLoggedIn = value;
                            else if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                            continue;
                        }
                    case 30: {
                            if (wireType !== 0)
                                break;
                            value = reader.int32();
                            if ($root.spotify.ap.AuthenticationType[value] !== $undefined)
                                message.reusableAuthCredentialsType = value;
                            else if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                            continue;
                        }
                    case 40: {
                            if (wireType !== 2)
                                break;
                            message.reusableAuthCredentials = reader.bytes();
                            continue;
                        }
                    case 50: {
                            if (wireType !== 2)
                                break;
                            message.lfsSecret = reader.bytes();
                            continue;
                        }
                    case 60: {
                            if (wireType !== 2)
                                break;
                            message.accountInfo = $root.spotify.ap.AccountInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.accountInfo);
                            continue;
                        }
                    case 70: {
                            if (wireType !== 2)
                                break;
                            message.fb = $root.spotify.ap.AccountInfoFacebook.decode(reader, reader.size(), $undefined, _depth + 1, message.fb);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                if (!$Object.hasOwnProperty.call(message, "canonicalUsername"))
                    throw $util.ProtocolError("missing required 'canonicalUsername'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "accountTypeLoggedIn"))
                    throw $util.ProtocolError("missing required 'accountTypeLoggedIn'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "credentialsTypeLoggedIn"))
                    throw $util.ProtocolError("missing required 'credentialsTypeLoggedIn'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "reusableAuthCredentialsType"))
                    throw $util.ProtocolError("missing required 'reusableAuthCredentialsType'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "reusableAuthCredentials"))
                    throw $util.ProtocolError("missing required 'reusableAuthCredentials'", { instance: message });
                return message;
            };

            /**
             * Decodes a APWelcome message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.ap.APWelcome
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.ap.APWelcome & spotify.ap.APWelcome.$Shape} APWelcome
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            APWelcome.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a APWelcome message.
             * @function verify
             * @memberof spotify.ap.APWelcome
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            APWelcome.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (!$util.isString(message.canonicalUsername))
                    return "canonicalUsername: string expected";
                switch (message.accountTypeLoggedIn) {
                default:
                    return "accountTypeLoggedIn: enum value expected";
                case 0:
                case 1:
                    break;
                }
                switch (message.credentialsTypeLoggedIn) {
                default:
                    return "credentialsTypeLoggedIn: enum value expected";
                case 0:
                case 1:
                    break;
                }
                switch (message.reusableAuthCredentialsType) {
                default:
                    return "reusableAuthCredentialsType: enum value expected";
                case 0:
                case 1:
                case 2:
                case 3:
                case 4:
                    break;
                }
                if (!(message.reusableAuthCredentials && typeof message.reusableAuthCredentials.length === "number" || $util.isString(message.reusableAuthCredentials)))
                    return "reusableAuthCredentials: buffer expected";
                if (message.lfsSecret != null && $Object.hasOwnProperty.call(message, "lfsSecret"))
                    if (!(message.lfsSecret && typeof message.lfsSecret.length === "number" || $util.isString(message.lfsSecret)))
                        return "lfsSecret: buffer expected";
                if (message.accountInfo != null && $Object.hasOwnProperty.call(message, "accountInfo")) {
                    let error = $root.spotify.ap.AccountInfo.verify(message.accountInfo, _depth + 1);
                    if (error)
                        return "accountInfo." + error;
                }
                if (message.fb != null && $Object.hasOwnProperty.call(message, "fb")) {
                    let error = $root.spotify.ap.AccountInfoFacebook.verify(message.fb, _depth + 1);
                    if (error)
                        return "fb." + error;
                }
                return null;
            };

            /**
             * Creates a APWelcome message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.ap.APWelcome
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.ap.APWelcome} APWelcome
             */
            APWelcome.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.ap.APWelcome)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.ap.APWelcome: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.spotify.ap.APWelcome();
                if (object.canonicalUsername != null)
                    message.canonicalUsername = $String(object.canonicalUsername);
                switch (object.accountTypeLoggedIn) {
                case "Spotify":
                case 0:
                    message.accountTypeLoggedIn = 0;
                    break;
                case "Facebook":
                case 1:
                    message.accountTypeLoggedIn = 1;
                    break;
                default:
                }
                switch (object.credentialsTypeLoggedIn) {
                case "Spotify":
                case 0:
                    message.credentialsTypeLoggedIn = 0;
                    break;
                case "Facebook":
                case 1:
                    message.credentialsTypeLoggedIn = 1;
                    break;
                default:
                }
                switch (object.reusableAuthCredentialsType) {
                case "AUTHENTICATION_USER_PASS":
                case 0:
                    message.reusableAuthCredentialsType = 0;
                    break;
                case "AUTHENTICATION_STORED_SPOTIFY_CREDENTIALS":
                case 1:
                    message.reusableAuthCredentialsType = 1;
                    break;
                case "AUTHENTICATION_STORED_FACEBOOK_CREDENTIALS":
                case 2:
                    message.reusableAuthCredentialsType = 2;
                    break;
                case "AUTHENTICATION_SPOTIFY_TOKEN":
                case 3:
                    message.reusableAuthCredentialsType = 3;
                    break;
                case "AUTHENTICATION_FACEBOOK_TOKEN":
                case 4:
                    message.reusableAuthCredentialsType = 4;
                    break;
                default:
                }
                if (object.reusableAuthCredentials != null)
                    if (typeof object.reusableAuthCredentials === "string")
                        $util.base64.decode(object.reusableAuthCredentials, message.reusableAuthCredentials = $util.newBuffer($util.base64.length(object.reusableAuthCredentials)), 0);
                    else if (object.reusableAuthCredentials.length >= 0)
                        message.reusableAuthCredentials = object.reusableAuthCredentials;
                if (object.lfsSecret != null)
                    if (typeof object.lfsSecret === "string")
                        $util.base64.decode(object.lfsSecret, message.lfsSecret = $util.newBuffer($util.base64.length(object.lfsSecret)), 0);
                    else if (object.lfsSecret.length >= 0)
                        message.lfsSecret = object.lfsSecret;
                if (object.accountInfo != null) {
                    if (!$util.isObject(object.accountInfo))
                        throw $TypeError(".spotify.ap.APWelcome.accountInfo: object expected");
                    message.accountInfo = $root.spotify.ap.AccountInfo.fromObject(object.accountInfo, _depth + 1);
                }
                if (object.fb != null) {
                    if (!$util.isObject(object.fb))
                        throw $TypeError(".spotify.ap.APWelcome.fb: object expected");
                    message.fb = $root.spotify.ap.AccountInfoFacebook.fromObject(object.fb, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a APWelcome message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.ap.APWelcome
             * @static
             * @param {spotify.ap.APWelcome} message APWelcome
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            APWelcome.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.canonicalUsername = "";
                    object.accountTypeLoggedIn = options.enums === $String ? "Spotify" : 0;
                    object.credentialsTypeLoggedIn = options.enums === $String ? "Spotify" : 0;
                    object.reusableAuthCredentialsType = options.enums === $String ? "AUTHENTICATION_USER_PASS" : 0;
                    if (options.bytes === $String)
                        object.reusableAuthCredentials = "";
                    else {
                        object.reusableAuthCredentials = [];
                        if (options.bytes !== $Array)
                            object.reusableAuthCredentials = $util.newBuffer(object.reusableAuthCredentials);
                    }
                    if (options.bytes === $String)
                        object.lfsSecret = "";
                    else {
                        object.lfsSecret = [];
                        if (options.bytes !== $Array)
                            object.lfsSecret = $util.newBuffer(object.lfsSecret);
                    }
                    object.accountInfo = null;
                    object.fb = null;
                }
                if (message.canonicalUsername != null && $Object.hasOwnProperty.call(message, "canonicalUsername"))
                    object.canonicalUsername = message.canonicalUsername;
                if (message.accountTypeLoggedIn != null && $Object.hasOwnProperty.call(message, "accountTypeLoggedIn"))
                    object.accountTypeLoggedIn = options.enums === $String ? $root.spotify.ap.AccountType[message.accountTypeLoggedIn] === $undefined ? message.accountTypeLoggedIn : $root.spotify.ap.AccountType[message.accountTypeLoggedIn] : message.accountTypeLoggedIn;
                if (message.credentialsTypeLoggedIn != null && $Object.hasOwnProperty.call(message, "credentialsTypeLoggedIn"))
                    object.credentialsTypeLoggedIn = options.enums === $String ? $root.spotify.ap.AccountType[message.credentialsTypeLoggedIn] === $undefined ? message.credentialsTypeLoggedIn : $root.spotify.ap.AccountType[message.credentialsTypeLoggedIn] : message.credentialsTypeLoggedIn;
                if (message.reusableAuthCredentialsType != null && $Object.hasOwnProperty.call(message, "reusableAuthCredentialsType"))
                    object.reusableAuthCredentialsType = options.enums === $String ? $root.spotify.ap.AuthenticationType[message.reusableAuthCredentialsType] === $undefined ? message.reusableAuthCredentialsType : $root.spotify.ap.AuthenticationType[message.reusableAuthCredentialsType] : message.reusableAuthCredentialsType;
                if (message.reusableAuthCredentials != null && $Object.hasOwnProperty.call(message, "reusableAuthCredentials"))
                    object.reusableAuthCredentials = options.bytes === $String ? $util.base64.encode(message.reusableAuthCredentials, 0, message.reusableAuthCredentials.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.reusableAuthCredentials) : message.reusableAuthCredentials;
                if (message.lfsSecret != null && $Object.hasOwnProperty.call(message, "lfsSecret"))
                    object.lfsSecret = options.bytes === $String ? $util.base64.encode(message.lfsSecret, 0, message.lfsSecret.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.lfsSecret) : message.lfsSecret;
                if (message.accountInfo != null && $Object.hasOwnProperty.call(message, "accountInfo"))
                    object.accountInfo = $root.spotify.ap.AccountInfo.toObject(message.accountInfo, options, _depth + 1);
                if (message.fb != null && $Object.hasOwnProperty.call(message, "fb"))
                    object.fb = $root.spotify.ap.AccountInfoFacebook.toObject(message.fb, options, _depth + 1);
                return object;
            };

            /**
             * Converts this APWelcome to JSON.
             * @function toJSON
             * @memberof spotify.ap.APWelcome
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            APWelcome.prototype.toJSON = function() {
                return APWelcome.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for APWelcome
             * @function getTypeUrl
             * @memberof spotify.ap.APWelcome
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            APWelcome.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.ap.APWelcome";
            };

            return APWelcome;
        })();

        /**
         * Product enum.
         * @name spotify.ap.Product
         * @enum {number}
         * @property {number} PRODUCT_CLIENT=0 PRODUCT_CLIENT value
         * @property {number} PRODUCT_LIBSPOTIFY=1 PRODUCT_LIBSPOTIFY value
         * @property {number} PRODUCT_MOBILE=2 PRODUCT_MOBILE value
         * @property {number} PRODUCT_PARTNER=3 PRODUCT_PARTNER value
         * @property {number} PRODUCT_LIBSPOTIFY_EMBEDDED=5 PRODUCT_LIBSPOTIFY_EMBEDDED value
         */
        ap.Product = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "PRODUCT_CLIENT"] = 0;
            values[valuesById[1] = "PRODUCT_LIBSPOTIFY"] = 1;
            values[valuesById[2] = "PRODUCT_MOBILE"] = 2;
            values[valuesById[3] = "PRODUCT_PARTNER"] = 3;
            values[valuesById[5] = "PRODUCT_LIBSPOTIFY_EMBEDDED"] = 5;
            return values;
        })();

        /**
         * ProductFlags enum.
         * @name spotify.ap.ProductFlags
         * @enum {number}
         * @property {number} PRODUCT_FLAG_NONE=0 PRODUCT_FLAG_NONE value
         * @property {number} PRODUCT_FLAG_DEV_BUILD=1 PRODUCT_FLAG_DEV_BUILD value
         */
        ap.ProductFlags = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "PRODUCT_FLAG_NONE"] = 0;
            values[valuesById[1] = "PRODUCT_FLAG_DEV_BUILD"] = 1;
            return values;
        })();

        /**
         * Platform enum.
         * @name spotify.ap.Platform
         * @enum {number}
         * @property {number} PLATFORM_WIN32_X86=0 PLATFORM_WIN32_X86 value
         * @property {number} PLATFORM_OSX_X86=1 PLATFORM_OSX_X86 value
         * @property {number} PLATFORM_LINUX_X86=2 PLATFORM_LINUX_X86 value
         * @property {number} PLATFORM_IPHONE_ARM=3 PLATFORM_IPHONE_ARM value
         * @property {number} PLATFORM_ANDROID_ARM=6 PLATFORM_ANDROID_ARM value
         * @property {number} PLATFORM_LINUX_X86_64=8 PLATFORM_LINUX_X86_64 value
         * @property {number} PLATFORM_OSX_X86_64=9 PLATFORM_OSX_X86_64 value
         * @property {number} PLATFORM_LINUX_MIPS=16 PLATFORM_LINUX_MIPS value
         * @property {number} PLATFORM_LINUX_ARM=17 PLATFORM_LINUX_ARM value
         * @property {number} PLATFORM_LINUX_BLACKFIN=19 PLATFORM_LINUX_BLACKFIN value
         * @property {number} PLATFORM_WEBPLAYER=24 PLATFORM_WEBPLAYER value
         * @property {number} PLATFORM_IPHONE_ARM64=36 PLATFORM_IPHONE_ARM64 value
         * @property {number} PLATFORM_GENERIC_PARTNER=38 PLATFORM_GENERIC_PARTNER value
         * @property {number} PLATFORM_WIN32_X86_64=39 PLATFORM_WIN32_X86_64 value
         */
        ap.Platform = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "PLATFORM_WIN32_X86"] = 0;
            values[valuesById[1] = "PLATFORM_OSX_X86"] = 1;
            values[valuesById[2] = "PLATFORM_LINUX_X86"] = 2;
            values[valuesById[3] = "PLATFORM_IPHONE_ARM"] = 3;
            values[valuesById[6] = "PLATFORM_ANDROID_ARM"] = 6;
            values[valuesById[8] = "PLATFORM_LINUX_X86_64"] = 8;
            values[valuesById[9] = "PLATFORM_OSX_X86_64"] = 9;
            values[valuesById[16] = "PLATFORM_LINUX_MIPS"] = 16;
            values[valuesById[17] = "PLATFORM_LINUX_ARM"] = 17;
            values[valuesById[19] = "PLATFORM_LINUX_BLACKFIN"] = 19;
            values[valuesById[24] = "PLATFORM_WEBPLAYER"] = 24;
            values[valuesById[36] = "PLATFORM_IPHONE_ARM64"] = 36;
            values[valuesById[38] = "PLATFORM_GENERIC_PARTNER"] = 38;
            values[valuesById[39] = "PLATFORM_WIN32_X86_64"] = 39;
            return values;
        })();

        /**
         * Cryptosuite enum.
         * @name spotify.ap.Cryptosuite
         * @enum {number}
         * @property {number} CRYPTO_SUITE_SHANNON=0 CRYPTO_SUITE_SHANNON value
         * @property {number} CRYPTO_SUITE_RC4_SHA1_HMAC=1 CRYPTO_SUITE_RC4_SHA1_HMAC value
         */
        ap.Cryptosuite = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "CRYPTO_SUITE_SHANNON"] = 0;
            values[valuesById[1] = "CRYPTO_SUITE_RC4_SHA1_HMAC"] = 1;
            return values;
        })();

        /**
         * Powscheme enum.
         * @name spotify.ap.Powscheme
         * @enum {number}
         * @property {number} POW_HASH_CASH=0 POW_HASH_CASH value
         */
        ap.Powscheme = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "POW_HASH_CASH"] = 0;
            return values;
        })();

        ap.BuildInfo = (function() {

            /**
             * Properties of a BuildInfo.
             * @typedef {Object} spotify.ap.BuildInfo.$Properties
             * @property {spotify.ap.Product} product BuildInfo product
             * @property {Array.<spotify.ap.ProductFlags>|null} [productFlags] BuildInfo productFlags
             * @property {spotify.ap.Platform} platform BuildInfo platform
             * @property {number|Long} version BuildInfo version
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BuildInfo.
             * @memberof spotify.ap
             * @interface IBuildInfo
             * @augments spotify.ap.BuildInfo.$Properties
             * @deprecated Use spotify.ap.BuildInfo.$Properties instead.
             */

            /**
             * Shape of a BuildInfo.
             * @typedef {spotify.ap.BuildInfo.$Properties} spotify.ap.BuildInfo.$Shape
             */

            /**
             * Constructs a new BuildInfo.
             * @memberof spotify.ap
             * @classdesc Represents a BuildInfo.
             * @constructor
             * @param {spotify.ap.BuildInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BuildInfo = function (properties) {
                this.productFlags = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BuildInfo product.
             * @member {spotify.ap.Product} product
             * @memberof spotify.ap.BuildInfo
             * @instance
             */
            BuildInfo.prototype.product = 0;

            /**
             * BuildInfo productFlags.
             * @member {Array.<spotify.ap.ProductFlags>} productFlags
             * @memberof spotify.ap.BuildInfo
             * @instance
             */
            BuildInfo.prototype.productFlags = $util.emptyArray;

            /**
             * BuildInfo platform.
             * @member {spotify.ap.Platform} platform
             * @memberof spotify.ap.BuildInfo
             * @instance
             */
            BuildInfo.prototype.platform = 0;

            /**
             * BuildInfo version.
             * @member {number|Long} version
             * @memberof spotify.ap.BuildInfo
             * @instance
             */
            BuildInfo.prototype.version = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new BuildInfo instance using the specified properties.
             * @function create
             * @memberof spotify.ap.BuildInfo
             * @static
             * @param {spotify.ap.BuildInfo.$Properties=} [properties] Properties to set
             * @returns {spotify.ap.BuildInfo} BuildInfo instance
             * @type {{
             *   (properties: spotify.ap.BuildInfo.$Shape): spotify.ap.BuildInfo & spotify.ap.BuildInfo.$Shape;
             *   (properties?: spotify.ap.BuildInfo.$Properties): spotify.ap.BuildInfo;
             * }}
             */
            BuildInfo.create = function(properties) {
                return new BuildInfo(properties);
            };

            /**
             * Encodes the specified BuildInfo message. Does not implicitly {@link spotify.ap.BuildInfo.verify|verify} messages.
             * @function encode
             * @memberof spotify.ap.BuildInfo
             * @static
             * @param {spotify.ap.BuildInfo.$Properties} message BuildInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BuildInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(/* id 10, wireType 0 =*/80).int32(message.product);
                if (message.productFlags != null && message.productFlags.length)
                    for (let i = 0; i < message.productFlags.length; ++i)
                        writer.uint32(/* id 20, wireType 0 =*/160).int32(message.productFlags[i]);
                writer.uint32(/* id 30, wireType 0 =*/240).int32(message.platform);
                writer.uint32(/* id 40, wireType 0 =*/320).uint64(message.version);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified BuildInfo message, length delimited. Does not implicitly {@link spotify.ap.BuildInfo.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.ap.BuildInfo
             * @static
             * @param {spotify.ap.BuildInfo.$Properties} message BuildInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BuildInfo.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a BuildInfo message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.ap.BuildInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.ap.BuildInfo & spotify.ap.BuildInfo.$Shape} BuildInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BuildInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.spotify.ap.BuildInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 10: {
                            if (wireType !== 0)
                                break;
                            value = reader.int32();
                            if ($root.spotify.ap.Product[value] !== $undefined)
                                message.product = value;
                            else if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                            continue;
                        }
                    case 20: {
                            if (wireType === 2) {
                                let end2 = reader.size() + reader.pos;
                                if (end2 > reader.len)
                                    throw $RangeError("index out of range");
                                reader.len = end2;
                                while (reader.pos < end2) {
                                    start = reader.pos;
                                    value = reader.int32();
                                    if ($root.spotify.ap.ProductFlags[value] !== $undefined) {
                                        if (!(message.productFlags && message.productFlags.length))
                                            message.productFlags = [];
                                        message.productFlags.push(value);
                                    } else if (!reader.discardUnknown) {
                                        $util.makeProp(message, "$unknowns", false);
                                        (message.$unknowns || (message.$unknowns = [])).push($util.rawField(20, 0, reader.raw(start, reader.pos)));
                                    }
                                }
                                if (reader.pos !== end2)
                                    throw $RangeError("index out of range");
                                reader.len = end;
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            value = reader.int32();
                            if ($root.spotify.ap.ProductFlags[value] !== $undefined) {
                                if (!(message.productFlags && message.productFlags.length))
                                    message.productFlags = [];
                                message.productFlags.push(value);
                            } else if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                            continue;
                        }
                    case 30: {
                            if (wireType !== 0)
                                break;
                            value = reader.int32();
                            if ($root.spotify.ap.Platform[value] !== $undefined)
                                message.platform = value;
                            else if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                            continue;
                        }
                    case 40: {
                            if (wireType !== 0)
                                break;
                            message.version = reader.uint64();
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                if (!$Object.hasOwnProperty.call(message, "product"))
                    throw $util.ProtocolError("missing required 'product'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "platform"))
                    throw $util.ProtocolError("missing required 'platform'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "version"))
                    throw $util.ProtocolError("missing required 'version'", { instance: message });
                return message;
            };

            /**
             * Decodes a BuildInfo message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.ap.BuildInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.ap.BuildInfo & spotify.ap.BuildInfo.$Shape} BuildInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BuildInfo.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a BuildInfo message.
             * @function verify
             * @memberof spotify.ap.BuildInfo
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            BuildInfo.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                switch (message.product) {
                default:
                    return "product: enum value expected";
                case 0:
                case 1:
                case 2:
                case 3:
                case 5:
                    break;
                }
                if (message.productFlags != null && $Object.hasOwnProperty.call(message, "productFlags")) {
                    if (!$Array.isArray(message.productFlags))
                        return "productFlags: array expected";
                    for (let i = 0; i < message.productFlags.length; ++i)
                        switch (message.productFlags[i]) {
                        default:
                            return "productFlags: enum value[] expected";
                        case 0:
                        case 1:
                            break;
                        }
                }
                switch (message.platform) {
                default:
                    return "platform: enum value expected";
                case 0:
                case 1:
                case 2:
                case 3:
                case 6:
                case 8:
                case 9:
                case 16:
                case 17:
                case 19:
                case 24:
                case 36:
                case 38:
                case 39:
                    break;
                }
                if (!$util.isInteger(message.version) && !(message.version && $util.isInteger(message.version.low) && $util.isInteger(message.version.high)))
                    return "version: integer|Long expected";
                return null;
            };

            /**
             * Creates a BuildInfo message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.ap.BuildInfo
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.ap.BuildInfo} BuildInfo
             */
            BuildInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.ap.BuildInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.ap.BuildInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.spotify.ap.BuildInfo();
                switch (object.product) {
                case "PRODUCT_CLIENT":
                case 0:
                    message.product = 0;
                    break;
                case "PRODUCT_LIBSPOTIFY":
                case 1:
                    message.product = 1;
                    break;
                case "PRODUCT_MOBILE":
                case 2:
                    message.product = 2;
                    break;
                case "PRODUCT_PARTNER":
                case 3:
                    message.product = 3;
                    break;
                case "PRODUCT_LIBSPOTIFY_EMBEDDED":
                case 5:
                    message.product = 5;
                    break;
                default:
                }
                if (object.productFlags) {
                    if (!$Array.isArray(object.productFlags))
                        throw $TypeError(".spotify.ap.BuildInfo.productFlags: array expected");
                    message.productFlags = [];
                    for (let i = 0; i < object.productFlags.length; ++i)
                        switch (object.productFlags[i]) {
                        case "PRODUCT_FLAG_NONE":
                        case 0:
                            message.productFlags[message.productFlags.length] = 0;
                            break;
                        case "PRODUCT_FLAG_DEV_BUILD":
                        case 1:
                            message.productFlags[message.productFlags.length] = 1;
                            break;
                        default:
                        }
                }
                switch (object.platform) {
                case "PLATFORM_WIN32_X86":
                case 0:
                    message.platform = 0;
                    break;
                case "PLATFORM_OSX_X86":
                case 1:
                    message.platform = 1;
                    break;
                case "PLATFORM_LINUX_X86":
                case 2:
                    message.platform = 2;
                    break;
                case "PLATFORM_IPHONE_ARM":
                case 3:
                    message.platform = 3;
                    break;
                case "PLATFORM_ANDROID_ARM":
                case 6:
                    message.platform = 6;
                    break;
                case "PLATFORM_LINUX_X86_64":
                case 8:
                    message.platform = 8;
                    break;
                case "PLATFORM_OSX_X86_64":
                case 9:
                    message.platform = 9;
                    break;
                case "PLATFORM_LINUX_MIPS":
                case 16:
                    message.platform = 16;
                    break;
                case "PLATFORM_LINUX_ARM":
                case 17:
                    message.platform = 17;
                    break;
                case "PLATFORM_LINUX_BLACKFIN":
                case 19:
                    message.platform = 19;
                    break;
                case "PLATFORM_WEBPLAYER":
                case 24:
                    message.platform = 24;
                    break;
                case "PLATFORM_IPHONE_ARM64":
                case 36:
                    message.platform = 36;
                    break;
                case "PLATFORM_GENERIC_PARTNER":
                case 38:
                    message.platform = 38;
                    break;
                case "PLATFORM_WIN32_X86_64":
                case 39:
                    message.platform = 39;
                    break;
                default:
                }
                if (object.version != null)
                    if ($util.Long)
                        message.version = $util.Long.fromValue(object.version, true);
                    else if (typeof object.version === "string")
                        message.version = $parseInt(object.version, 10);
                    else if (typeof object.version === "number")
                        message.version = object.version;
                    else if (typeof object.version === "object")
                        message.version = new $util.LongBits(object.version.low >>> 0, object.version.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a BuildInfo message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.ap.BuildInfo
             * @static
             * @param {spotify.ap.BuildInfo} message BuildInfo
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            BuildInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.productFlags = [];
                if (options.defaults) {
                    object.product = options.enums === $String ? "PRODUCT_CLIENT" : 0;
                    object.platform = options.enums === $String ? "PLATFORM_WIN32_X86" : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.version = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.version = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.product != null && $Object.hasOwnProperty.call(message, "product"))
                    object.product = options.enums === $String ? $root.spotify.ap.Product[message.product] === $undefined ? message.product : $root.spotify.ap.Product[message.product] : message.product;
                if (message.productFlags && message.productFlags.length) {
                    object.productFlags = $Array(message.productFlags.length);
                    for (let j = 0; j < message.productFlags.length; ++j)
                        object.productFlags[j] = options.enums === $String ? $root.spotify.ap.ProductFlags[message.productFlags[j]] === $undefined ? message.productFlags[j] : $root.spotify.ap.ProductFlags[message.productFlags[j]] : message.productFlags[j];
                }
                if (message.platform != null && $Object.hasOwnProperty.call(message, "platform"))
                    object.platform = options.enums === $String ? $root.spotify.ap.Platform[message.platform] === $undefined ? message.platform : $root.spotify.ap.Platform[message.platform] : message.platform;
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.version = typeof message.version === "number" ? $BigInt(message.version) : $util.Long.fromBits(message.version.low >>> 0, message.version.high >>> 0, true).toBigInt();
                    else if (typeof message.version === "number")
                        object.version = options.longs === $String ? $String(message.version) : message.version;
                    else
                        object.version = options.longs === $String ? $util.Long.prototype.toString.call(message.version) : options.longs === $Number ? new $util.LongBits(message.version.low >>> 0, message.version.high >>> 0).toNumber(true) : message.version;
                return object;
            };

            /**
             * Converts this BuildInfo to JSON.
             * @function toJSON
             * @memberof spotify.ap.BuildInfo
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            BuildInfo.prototype.toJSON = function() {
                return BuildInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for BuildInfo
             * @function getTypeUrl
             * @memberof spotify.ap.BuildInfo
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            BuildInfo.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.ap.BuildInfo";
            };

            return BuildInfo;
        })();

        ap.LoginCryptoDiffieHellmanHello = (function() {

            /**
             * Properties of a LoginCryptoDiffieHellmanHello.
             * @typedef {Object} spotify.ap.LoginCryptoDiffieHellmanHello.$Properties
             * @property {Uint8Array} gc LoginCryptoDiffieHellmanHello gc
             * @property {number} serverKeysKnown LoginCryptoDiffieHellmanHello serverKeysKnown
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LoginCryptoDiffieHellmanHello.
             * @memberof spotify.ap
             * @interface ILoginCryptoDiffieHellmanHello
             * @augments spotify.ap.LoginCryptoDiffieHellmanHello.$Properties
             * @deprecated Use spotify.ap.LoginCryptoDiffieHellmanHello.$Properties instead.
             */

            /**
             * Shape of a LoginCryptoDiffieHellmanHello.
             * @typedef {spotify.ap.LoginCryptoDiffieHellmanHello.$Properties} spotify.ap.LoginCryptoDiffieHellmanHello.$Shape
             */

            /**
             * Constructs a new LoginCryptoDiffieHellmanHello.
             * @memberof spotify.ap
             * @classdesc Represents a LoginCryptoDiffieHellmanHello.
             * @constructor
             * @param {spotify.ap.LoginCryptoDiffieHellmanHello.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LoginCryptoDiffieHellmanHello = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LoginCryptoDiffieHellmanHello gc.
             * @member {Uint8Array} gc
             * @memberof spotify.ap.LoginCryptoDiffieHellmanHello
             * @instance
             */
            LoginCryptoDiffieHellmanHello.prototype.gc = $util.newBuffer([]);

            /**
             * LoginCryptoDiffieHellmanHello serverKeysKnown.
             * @member {number} serverKeysKnown
             * @memberof spotify.ap.LoginCryptoDiffieHellmanHello
             * @instance
             */
            LoginCryptoDiffieHellmanHello.prototype.serverKeysKnown = 0;

            /**
             * Creates a new LoginCryptoDiffieHellmanHello instance using the specified properties.
             * @function create
             * @memberof spotify.ap.LoginCryptoDiffieHellmanHello
             * @static
             * @param {spotify.ap.LoginCryptoDiffieHellmanHello.$Properties=} [properties] Properties to set
             * @returns {spotify.ap.LoginCryptoDiffieHellmanHello} LoginCryptoDiffieHellmanHello instance
             * @type {{
             *   (properties: spotify.ap.LoginCryptoDiffieHellmanHello.$Shape): spotify.ap.LoginCryptoDiffieHellmanHello & spotify.ap.LoginCryptoDiffieHellmanHello.$Shape;
             *   (properties?: spotify.ap.LoginCryptoDiffieHellmanHello.$Properties): spotify.ap.LoginCryptoDiffieHellmanHello;
             * }}
             */
            LoginCryptoDiffieHellmanHello.create = function(properties) {
                return new LoginCryptoDiffieHellmanHello(properties);
            };

            /**
             * Encodes the specified LoginCryptoDiffieHellmanHello message. Does not implicitly {@link spotify.ap.LoginCryptoDiffieHellmanHello.verify|verify} messages.
             * @function encode
             * @memberof spotify.ap.LoginCryptoDiffieHellmanHello
             * @static
             * @param {spotify.ap.LoginCryptoDiffieHellmanHello.$Properties} message LoginCryptoDiffieHellmanHello message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LoginCryptoDiffieHellmanHello.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(/* id 10, wireType 2 =*/82).bytes(message.gc);
                writer.uint32(/* id 20, wireType 0 =*/160).uint32(message.serverKeysKnown);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified LoginCryptoDiffieHellmanHello message, length delimited. Does not implicitly {@link spotify.ap.LoginCryptoDiffieHellmanHello.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.ap.LoginCryptoDiffieHellmanHello
             * @static
             * @param {spotify.ap.LoginCryptoDiffieHellmanHello.$Properties} message LoginCryptoDiffieHellmanHello message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LoginCryptoDiffieHellmanHello.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a LoginCryptoDiffieHellmanHello message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.ap.LoginCryptoDiffieHellmanHello
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.ap.LoginCryptoDiffieHellmanHello & spotify.ap.LoginCryptoDiffieHellmanHello.$Shape} LoginCryptoDiffieHellmanHello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LoginCryptoDiffieHellmanHello.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.spotify.ap.LoginCryptoDiffieHellmanHello();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.gc = reader.bytes();
                            continue;
                        }
                    case 20: {
                            if (wireType !== 0)
                                break;
                            message.serverKeysKnown = reader.uint32();
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                if (!$Object.hasOwnProperty.call(message, "gc"))
                    throw $util.ProtocolError("missing required 'gc'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "serverKeysKnown"))
                    throw $util.ProtocolError("missing required 'serverKeysKnown'", { instance: message });
                return message;
            };

            /**
             * Decodes a LoginCryptoDiffieHellmanHello message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.ap.LoginCryptoDiffieHellmanHello
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.ap.LoginCryptoDiffieHellmanHello & spotify.ap.LoginCryptoDiffieHellmanHello.$Shape} LoginCryptoDiffieHellmanHello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LoginCryptoDiffieHellmanHello.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a LoginCryptoDiffieHellmanHello message.
             * @function verify
             * @memberof spotify.ap.LoginCryptoDiffieHellmanHello
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            LoginCryptoDiffieHellmanHello.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (!(message.gc && typeof message.gc.length === "number" || $util.isString(message.gc)))
                    return "gc: buffer expected";
                if (!$util.isInteger(message.serverKeysKnown))
                    return "serverKeysKnown: integer expected";
                return null;
            };

            /**
             * Creates a LoginCryptoDiffieHellmanHello message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.ap.LoginCryptoDiffieHellmanHello
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.ap.LoginCryptoDiffieHellmanHello} LoginCryptoDiffieHellmanHello
             */
            LoginCryptoDiffieHellmanHello.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.ap.LoginCryptoDiffieHellmanHello)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.ap.LoginCryptoDiffieHellmanHello: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.spotify.ap.LoginCryptoDiffieHellmanHello();
                if (object.gc != null)
                    if (typeof object.gc === "string")
                        $util.base64.decode(object.gc, message.gc = $util.newBuffer($util.base64.length(object.gc)), 0);
                    else if (object.gc.length >= 0)
                        message.gc = object.gc;
                if (object.serverKeysKnown != null)
                    message.serverKeysKnown = object.serverKeysKnown >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a LoginCryptoDiffieHellmanHello message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.ap.LoginCryptoDiffieHellmanHello
             * @static
             * @param {spotify.ap.LoginCryptoDiffieHellmanHello} message LoginCryptoDiffieHellmanHello
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LoginCryptoDiffieHellmanHello.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.gc = "";
                    else {
                        object.gc = [];
                        if (options.bytes !== $Array)
                            object.gc = $util.newBuffer(object.gc);
                    }
                    object.serverKeysKnown = 0;
                }
                if (message.gc != null && $Object.hasOwnProperty.call(message, "gc"))
                    object.gc = options.bytes === $String ? $util.base64.encode(message.gc, 0, message.gc.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.gc) : message.gc;
                if (message.serverKeysKnown != null && $Object.hasOwnProperty.call(message, "serverKeysKnown"))
                    object.serverKeysKnown = message.serverKeysKnown;
                return object;
            };

            /**
             * Converts this LoginCryptoDiffieHellmanHello to JSON.
             * @function toJSON
             * @memberof spotify.ap.LoginCryptoDiffieHellmanHello
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LoginCryptoDiffieHellmanHello.prototype.toJSON = function() {
                return LoginCryptoDiffieHellmanHello.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for LoginCryptoDiffieHellmanHello
             * @function getTypeUrl
             * @memberof spotify.ap.LoginCryptoDiffieHellmanHello
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LoginCryptoDiffieHellmanHello.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.ap.LoginCryptoDiffieHellmanHello";
            };

            return LoginCryptoDiffieHellmanHello;
        })();

        ap.LoginCryptoHelloUnion = (function() {

            /**
             * Properties of a LoginCryptoHelloUnion.
             * @typedef {Object} spotify.ap.LoginCryptoHelloUnion.$Properties
             * @property {spotify.ap.LoginCryptoDiffieHellmanHello.$Properties|null} [diffieHellman] LoginCryptoHelloUnion diffieHellman
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LoginCryptoHelloUnion.
             * @memberof spotify.ap
             * @interface ILoginCryptoHelloUnion
             * @augments spotify.ap.LoginCryptoHelloUnion.$Properties
             * @deprecated Use spotify.ap.LoginCryptoHelloUnion.$Properties instead.
             */

            /**
             * Shape of a LoginCryptoHelloUnion.
             * @typedef {spotify.ap.LoginCryptoHelloUnion.$Properties} spotify.ap.LoginCryptoHelloUnion.$Shape
             */

            /**
             * Constructs a new LoginCryptoHelloUnion.
             * @memberof spotify.ap
             * @classdesc Represents a LoginCryptoHelloUnion.
             * @constructor
             * @param {spotify.ap.LoginCryptoHelloUnion.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LoginCryptoHelloUnion = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LoginCryptoHelloUnion diffieHellman.
             * @member {spotify.ap.LoginCryptoDiffieHellmanHello.$Properties|null|undefined} diffieHellman
             * @memberof spotify.ap.LoginCryptoHelloUnion
             * @instance
             */
            LoginCryptoHelloUnion.prototype.diffieHellman = null;

            /**
             * Creates a new LoginCryptoHelloUnion instance using the specified properties.
             * @function create
             * @memberof spotify.ap.LoginCryptoHelloUnion
             * @static
             * @param {spotify.ap.LoginCryptoHelloUnion.$Properties=} [properties] Properties to set
             * @returns {spotify.ap.LoginCryptoHelloUnion} LoginCryptoHelloUnion instance
             * @type {{
             *   (properties: spotify.ap.LoginCryptoHelloUnion.$Shape): spotify.ap.LoginCryptoHelloUnion & spotify.ap.LoginCryptoHelloUnion.$Shape;
             *   (properties?: spotify.ap.LoginCryptoHelloUnion.$Properties): spotify.ap.LoginCryptoHelloUnion;
             * }}
             */
            LoginCryptoHelloUnion.create = function(properties) {
                return new LoginCryptoHelloUnion(properties);
            };

            /**
             * Encodes the specified LoginCryptoHelloUnion message. Does not implicitly {@link spotify.ap.LoginCryptoHelloUnion.verify|verify} messages.
             * @function encode
             * @memberof spotify.ap.LoginCryptoHelloUnion
             * @static
             * @param {spotify.ap.LoginCryptoHelloUnion.$Properties} message LoginCryptoHelloUnion message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LoginCryptoHelloUnion.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.diffieHellman != null && $Object.hasOwnProperty.call(message, "diffieHellman"))
                    $root.spotify.ap.LoginCryptoDiffieHellmanHello.encode(message.diffieHellman, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified LoginCryptoHelloUnion message, length delimited. Does not implicitly {@link spotify.ap.LoginCryptoHelloUnion.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.ap.LoginCryptoHelloUnion
             * @static
             * @param {spotify.ap.LoginCryptoHelloUnion.$Properties} message LoginCryptoHelloUnion message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LoginCryptoHelloUnion.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a LoginCryptoHelloUnion message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.ap.LoginCryptoHelloUnion
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.ap.LoginCryptoHelloUnion & spotify.ap.LoginCryptoHelloUnion.$Shape} LoginCryptoHelloUnion
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LoginCryptoHelloUnion.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.spotify.ap.LoginCryptoHelloUnion();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.diffieHellman = $root.spotify.ap.LoginCryptoDiffieHellmanHello.decode(reader, reader.size(), $undefined, _depth + 1, message.diffieHellman);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a LoginCryptoHelloUnion message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.ap.LoginCryptoHelloUnion
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.ap.LoginCryptoHelloUnion & spotify.ap.LoginCryptoHelloUnion.$Shape} LoginCryptoHelloUnion
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LoginCryptoHelloUnion.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a LoginCryptoHelloUnion message.
             * @function verify
             * @memberof spotify.ap.LoginCryptoHelloUnion
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            LoginCryptoHelloUnion.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.diffieHellman != null && $Object.hasOwnProperty.call(message, "diffieHellman")) {
                    let error = $root.spotify.ap.LoginCryptoDiffieHellmanHello.verify(message.diffieHellman, _depth + 1);
                    if (error)
                        return "diffieHellman." + error;
                }
                return null;
            };

            /**
             * Creates a LoginCryptoHelloUnion message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.ap.LoginCryptoHelloUnion
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.ap.LoginCryptoHelloUnion} LoginCryptoHelloUnion
             */
            LoginCryptoHelloUnion.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.ap.LoginCryptoHelloUnion)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.ap.LoginCryptoHelloUnion: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.spotify.ap.LoginCryptoHelloUnion();
                if (object.diffieHellman != null) {
                    if (!$util.isObject(object.diffieHellman))
                        throw $TypeError(".spotify.ap.LoginCryptoHelloUnion.diffieHellman: object expected");
                    message.diffieHellman = $root.spotify.ap.LoginCryptoDiffieHellmanHello.fromObject(object.diffieHellman, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a LoginCryptoHelloUnion message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.ap.LoginCryptoHelloUnion
             * @static
             * @param {spotify.ap.LoginCryptoHelloUnion} message LoginCryptoHelloUnion
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LoginCryptoHelloUnion.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.diffieHellman = null;
                if (message.diffieHellman != null && $Object.hasOwnProperty.call(message, "diffieHellman"))
                    object.diffieHellman = $root.spotify.ap.LoginCryptoDiffieHellmanHello.toObject(message.diffieHellman, options, _depth + 1);
                return object;
            };

            /**
             * Converts this LoginCryptoHelloUnion to JSON.
             * @function toJSON
             * @memberof spotify.ap.LoginCryptoHelloUnion
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LoginCryptoHelloUnion.prototype.toJSON = function() {
                return LoginCryptoHelloUnion.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for LoginCryptoHelloUnion
             * @function getTypeUrl
             * @memberof spotify.ap.LoginCryptoHelloUnion
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LoginCryptoHelloUnion.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.ap.LoginCryptoHelloUnion";
            };

            return LoginCryptoHelloUnion;
        })();

        ap.FeatureSet = (function() {

            /**
             * Properties of a FeatureSet.
             * @typedef {Object} spotify.ap.FeatureSet.$Properties
             * @property {boolean|null} [autoupdate2] FeatureSet autoupdate2
             * @property {boolean|null} [currentLocation] FeatureSet currentLocation
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FeatureSet.
             * @memberof spotify.ap
             * @interface IFeatureSet
             * @augments spotify.ap.FeatureSet.$Properties
             * @deprecated Use spotify.ap.FeatureSet.$Properties instead.
             */

            /**
             * Shape of a FeatureSet.
             * @typedef {spotify.ap.FeatureSet.$Properties} spotify.ap.FeatureSet.$Shape
             */

            /**
             * Constructs a new FeatureSet.
             * @memberof spotify.ap
             * @classdesc Represents a FeatureSet.
             * @constructor
             * @param {spotify.ap.FeatureSet.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FeatureSet = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FeatureSet autoupdate2.
             * @member {boolean} autoupdate2
             * @memberof spotify.ap.FeatureSet
             * @instance
             */
            FeatureSet.prototype.autoupdate2 = false;

            /**
             * FeatureSet currentLocation.
             * @member {boolean} currentLocation
             * @memberof spotify.ap.FeatureSet
             * @instance
             */
            FeatureSet.prototype.currentLocation = false;

            /**
             * Creates a new FeatureSet instance using the specified properties.
             * @function create
             * @memberof spotify.ap.FeatureSet
             * @static
             * @param {spotify.ap.FeatureSet.$Properties=} [properties] Properties to set
             * @returns {spotify.ap.FeatureSet} FeatureSet instance
             * @type {{
             *   (properties: spotify.ap.FeatureSet.$Shape): spotify.ap.FeatureSet & spotify.ap.FeatureSet.$Shape;
             *   (properties?: spotify.ap.FeatureSet.$Properties): spotify.ap.FeatureSet;
             * }}
             */
            FeatureSet.create = function(properties) {
                return new FeatureSet(properties);
            };

            /**
             * Encodes the specified FeatureSet message. Does not implicitly {@link spotify.ap.FeatureSet.verify|verify} messages.
             * @function encode
             * @memberof spotify.ap.FeatureSet
             * @static
             * @param {spotify.ap.FeatureSet.$Properties} message FeatureSet message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FeatureSet.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.autoupdate2 != null && $Object.hasOwnProperty.call(message, "autoupdate2"))
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.autoupdate2);
                if (message.currentLocation != null && $Object.hasOwnProperty.call(message, "currentLocation"))
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.currentLocation);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified FeatureSet message, length delimited. Does not implicitly {@link spotify.ap.FeatureSet.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.ap.FeatureSet
             * @static
             * @param {spotify.ap.FeatureSet.$Properties} message FeatureSet message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FeatureSet.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a FeatureSet message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.ap.FeatureSet
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.ap.FeatureSet & spotify.ap.FeatureSet.$Shape} FeatureSet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FeatureSet.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.spotify.ap.FeatureSet();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            message.autoupdate2 = reader.bool();
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            message.currentLocation = reader.bool();
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a FeatureSet message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.ap.FeatureSet
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.ap.FeatureSet & spotify.ap.FeatureSet.$Shape} FeatureSet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FeatureSet.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a FeatureSet message.
             * @function verify
             * @memberof spotify.ap.FeatureSet
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            FeatureSet.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.autoupdate2 != null && $Object.hasOwnProperty.call(message, "autoupdate2"))
                    if (typeof message.autoupdate2 !== "boolean")
                        return "autoupdate2: boolean expected";
                if (message.currentLocation != null && $Object.hasOwnProperty.call(message, "currentLocation"))
                    if (typeof message.currentLocation !== "boolean")
                        return "currentLocation: boolean expected";
                return null;
            };

            /**
             * Creates a FeatureSet message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.ap.FeatureSet
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.ap.FeatureSet} FeatureSet
             */
            FeatureSet.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.ap.FeatureSet)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.ap.FeatureSet: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.spotify.ap.FeatureSet();
                if (object.autoupdate2 != null)
                    message.autoupdate2 = $Boolean(object.autoupdate2);
                if (object.currentLocation != null)
                    message.currentLocation = $Boolean(object.currentLocation);
                return message;
            };

            /**
             * Creates a plain object from a FeatureSet message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.ap.FeatureSet
             * @static
             * @param {spotify.ap.FeatureSet} message FeatureSet
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FeatureSet.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.autoupdate2 = false;
                    object.currentLocation = false;
                }
                if (message.autoupdate2 != null && $Object.hasOwnProperty.call(message, "autoupdate2"))
                    object.autoupdate2 = message.autoupdate2;
                if (message.currentLocation != null && $Object.hasOwnProperty.call(message, "currentLocation"))
                    object.currentLocation = message.currentLocation;
                return object;
            };

            /**
             * Converts this FeatureSet to JSON.
             * @function toJSON
             * @memberof spotify.ap.FeatureSet
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FeatureSet.prototype.toJSON = function() {
                return FeatureSet.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for FeatureSet
             * @function getTypeUrl
             * @memberof spotify.ap.FeatureSet
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            FeatureSet.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.ap.FeatureSet";
            };

            return FeatureSet;
        })();

        ap.ClientHello = (function() {

            /**
             * Properties of a ClientHello.
             * @typedef {Object} spotify.ap.ClientHello.$Properties
             * @property {spotify.ap.BuildInfo.$Properties} buildInfo ClientHello buildInfo
             * @property {Array.<spotify.ap.Cryptosuite>|null} [cryptosuitesSupported] ClientHello cryptosuitesSupported
             * @property {Array.<spotify.ap.Powscheme>|null} [powschemesSupported] ClientHello powschemesSupported
             * @property {spotify.ap.LoginCryptoHelloUnion.$Properties} loginCryptoHello ClientHello loginCryptoHello
             * @property {Uint8Array} clientNonce ClientHello clientNonce
             * @property {Uint8Array|null} [padding] ClientHello padding
             * @property {spotify.ap.FeatureSet.$Properties|null} [featureSet] ClientHello featureSet
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ClientHello.
             * @memberof spotify.ap
             * @interface IClientHello
             * @augments spotify.ap.ClientHello.$Properties
             * @deprecated Use spotify.ap.ClientHello.$Properties instead.
             */

            /**
             * Shape of a ClientHello.
             * @typedef {spotify.ap.ClientHello.$Properties} spotify.ap.ClientHello.$Shape
             */

            /**
             * Constructs a new ClientHello.
             * @memberof spotify.ap
             * @classdesc Represents a ClientHello.
             * @constructor
             * @param {spotify.ap.ClientHello.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ClientHello = function (properties) {
                this.cryptosuitesSupported = [];
                this.powschemesSupported = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ClientHello buildInfo.
             * @member {spotify.ap.BuildInfo.$Properties} buildInfo
             * @memberof spotify.ap.ClientHello
             * @instance
             */
            ClientHello.prototype.buildInfo = null;

            /**
             * ClientHello cryptosuitesSupported.
             * @member {Array.<spotify.ap.Cryptosuite>} cryptosuitesSupported
             * @memberof spotify.ap.ClientHello
             * @instance
             */
            ClientHello.prototype.cryptosuitesSupported = $util.emptyArray;

            /**
             * ClientHello powschemesSupported.
             * @member {Array.<spotify.ap.Powscheme>} powschemesSupported
             * @memberof spotify.ap.ClientHello
             * @instance
             */
            ClientHello.prototype.powschemesSupported = $util.emptyArray;

            /**
             * ClientHello loginCryptoHello.
             * @member {spotify.ap.LoginCryptoHelloUnion.$Properties} loginCryptoHello
             * @memberof spotify.ap.ClientHello
             * @instance
             */
            ClientHello.prototype.loginCryptoHello = null;

            /**
             * ClientHello clientNonce.
             * @member {Uint8Array} clientNonce
             * @memberof spotify.ap.ClientHello
             * @instance
             */
            ClientHello.prototype.clientNonce = $util.newBuffer([]);

            /**
             * ClientHello padding.
             * @member {Uint8Array} padding
             * @memberof spotify.ap.ClientHello
             * @instance
             */
            ClientHello.prototype.padding = $util.newBuffer([]);

            /**
             * ClientHello featureSet.
             * @member {spotify.ap.FeatureSet.$Properties|null|undefined} featureSet
             * @memberof spotify.ap.ClientHello
             * @instance
             */
            ClientHello.prototype.featureSet = null;

            /**
             * Creates a new ClientHello instance using the specified properties.
             * @function create
             * @memberof spotify.ap.ClientHello
             * @static
             * @param {spotify.ap.ClientHello.$Properties=} [properties] Properties to set
             * @returns {spotify.ap.ClientHello} ClientHello instance
             * @type {{
             *   (properties: spotify.ap.ClientHello.$Shape): spotify.ap.ClientHello & spotify.ap.ClientHello.$Shape;
             *   (properties?: spotify.ap.ClientHello.$Properties): spotify.ap.ClientHello;
             * }}
             */
            ClientHello.create = function(properties) {
                return new ClientHello(properties);
            };

            /**
             * Encodes the specified ClientHello message. Does not implicitly {@link spotify.ap.ClientHello.verify|verify} messages.
             * @function encode
             * @memberof spotify.ap.ClientHello
             * @static
             * @param {spotify.ap.ClientHello.$Properties} message ClientHello message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ClientHello.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                $root.spotify.ap.BuildInfo.encode(message.buildInfo, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.cryptosuitesSupported != null && message.cryptosuitesSupported.length)
                    for (let i = 0; i < message.cryptosuitesSupported.length; ++i)
                        writer.uint32(/* id 30, wireType 0 =*/240).int32(message.cryptosuitesSupported[i]);
                if (message.powschemesSupported != null && message.powschemesSupported.length)
                    for (let i = 0; i < message.powschemesSupported.length; ++i)
                        writer.uint32(/* id 40, wireType 0 =*/320).int32(message.powschemesSupported[i]);
                $root.spotify.ap.LoginCryptoHelloUnion.encode(message.loginCryptoHello, writer.uint32(/* id 50, wireType 2 =*/402).fork(), _depth + 1).ldelim();
                writer.uint32(/* id 60, wireType 2 =*/482).bytes(message.clientNonce);
                if (message.padding != null && $Object.hasOwnProperty.call(message, "padding"))
                    writer.uint32(/* id 70, wireType 2 =*/562).bytes(message.padding);
                if (message.featureSet != null && $Object.hasOwnProperty.call(message, "featureSet"))
                    $root.spotify.ap.FeatureSet.encode(message.featureSet, writer.uint32(/* id 80, wireType 2 =*/642).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ClientHello message, length delimited. Does not implicitly {@link spotify.ap.ClientHello.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.ap.ClientHello
             * @static
             * @param {spotify.ap.ClientHello.$Properties} message ClientHello message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ClientHello.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ClientHello message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.ap.ClientHello
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.ap.ClientHello & spotify.ap.ClientHello.$Shape} ClientHello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ClientHello.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.spotify.ap.ClientHello();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.buildInfo = $root.spotify.ap.BuildInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.buildInfo);
                            continue;
                        }
                    case 30: {
                            if (wireType === 2) {
                                let end2 = reader.size() + reader.pos;
                                if (end2 > reader.len)
                                    throw $RangeError("index out of range");
                                reader.len = end2;
                                while (reader.pos < end2) {
                                    start = reader.pos;
                                    value = reader.int32();
                                    if ($root.spotify.ap.Cryptosuite[value] !== $undefined) {
                                        if (!(message.cryptosuitesSupported && message.cryptosuitesSupported.length))
                                            message.cryptosuitesSupported = [];
                                        message.cryptosuitesSupported.push(value);
                                    } else if (!reader.discardUnknown) {
                                        $util.makeProp(message, "$unknowns", false);
                                        (message.$unknowns || (message.$unknowns = [])).push($util.rawField(30, 0, reader.raw(start, reader.pos)));
                                    }
                                }
                                if (reader.pos !== end2)
                                    throw $RangeError("index out of range");
                                reader.len = end;
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            value = reader.int32();
                            if ($root.spotify.ap.Cryptosuite[value] !== $undefined) {
                                if (!(message.cryptosuitesSupported && message.cryptosuitesSupported.length))
                                    message.cryptosuitesSupported = [];
                                message.cryptosuitesSupported.push(value);
                            } else if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                            continue;
                        }
                    case 40: {
                            if (wireType === 2) {
                                let end2 = reader.size() + reader.pos;
                                if (end2 > reader.len)
                                    throw $RangeError("index out of range");
                                reader.len = end2;
                                while (reader.pos < end2) {
                                    start = reader.pos;
                                    value = reader.int32();
                                    if ($root.spotify.ap.Powscheme[value] !== $undefined) {
                                        if (!(message.powschemesSupported && message.powschemesSupported.length))
                                            message.powschemesSupported = [];
                                        message.powschemesSupported.push(value);
                                    } else if (!reader.discardUnknown) {
                                        $util.makeProp(message, "$unknowns", false);
                                        (message.$unknowns || (message.$unknowns = [])).push($util.rawField(40, 0, reader.raw(start, reader.pos)));
                                    }
                                }
                                if (reader.pos !== end2)
                                    throw $RangeError("index out of range");
                                reader.len = end;
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            value = reader.int32();
                            if ($root.spotify.ap.Powscheme[value] !== $undefined) {
                                if (!(message.powschemesSupported && message.powschemesSupported.length))
                                    message.powschemesSupported = [];
                                message.powschemesSupported.push(value);
                            } else if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                            continue;
                        }
                    case 50: {
                            if (wireType !== 2)
                                break;
                            message.loginCryptoHello = $root.spotify.ap.LoginCryptoHelloUnion.decode(reader, reader.size(), $undefined, _depth + 1, message.loginCryptoHello);
                            continue;
                        }
                    case 60: {
                            if (wireType !== 2)
                                break;
                            message.clientNonce = reader.bytes();
                            continue;
                        }
                    case 70: {
                            if (wireType !== 2)
                                break;
                            message.padding = reader.bytes();
                            continue;
                        }
                    case 80: {
                            if (wireType !== 2)
                                break;
                            message.featureSet = $root.spotify.ap.FeatureSet.decode(reader, reader.size(), $undefined, _depth + 1, message.featureSet);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                if (!$Object.hasOwnProperty.call(message, "buildInfo"))
                    throw $util.ProtocolError("missing required 'buildInfo'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "loginCryptoHello"))
                    throw $util.ProtocolError("missing required 'loginCryptoHello'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "clientNonce"))
                    throw $util.ProtocolError("missing required 'clientNonce'", { instance: message });
                return message;
            };

            /**
             * Decodes a ClientHello message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.ap.ClientHello
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.ap.ClientHello & spotify.ap.ClientHello.$Shape} ClientHello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ClientHello.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ClientHello message.
             * @function verify
             * @memberof spotify.ap.ClientHello
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ClientHello.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                {
                    let error = $root.spotify.ap.BuildInfo.verify(message.buildInfo, _depth + 1);
                    if (error)
                        return "buildInfo." + error;
                }
                if (message.cryptosuitesSupported != null && $Object.hasOwnProperty.call(message, "cryptosuitesSupported")) {
                    if (!$Array.isArray(message.cryptosuitesSupported))
                        return "cryptosuitesSupported: array expected";
                    for (let i = 0; i < message.cryptosuitesSupported.length; ++i)
                        switch (message.cryptosuitesSupported[i]) {
                        default:
                            return "cryptosuitesSupported: enum value[] expected";
                        case 0:
                        case 1:
                            break;
                        }
                }
                if (message.powschemesSupported != null && $Object.hasOwnProperty.call(message, "powschemesSupported")) {
                    if (!$Array.isArray(message.powschemesSupported))
                        return "powschemesSupported: array expected";
                    for (let i = 0; i < message.powschemesSupported.length; ++i)
                        switch (message.powschemesSupported[i]) {
                        default:
                            return "powschemesSupported: enum value[] expected";
                        case 0:
                            break;
                        }
                }
                {
                    let error = $root.spotify.ap.LoginCryptoHelloUnion.verify(message.loginCryptoHello, _depth + 1);
                    if (error)
                        return "loginCryptoHello." + error;
                }
                if (!(message.clientNonce && typeof message.clientNonce.length === "number" || $util.isString(message.clientNonce)))
                    return "clientNonce: buffer expected";
                if (message.padding != null && $Object.hasOwnProperty.call(message, "padding"))
                    if (!(message.padding && typeof message.padding.length === "number" || $util.isString(message.padding)))
                        return "padding: buffer expected";
                if (message.featureSet != null && $Object.hasOwnProperty.call(message, "featureSet")) {
                    let error = $root.spotify.ap.FeatureSet.verify(message.featureSet, _depth + 1);
                    if (error)
                        return "featureSet." + error;
                }
                return null;
            };

            /**
             * Creates a ClientHello message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.ap.ClientHello
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.ap.ClientHello} ClientHello
             */
            ClientHello.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.ap.ClientHello)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.ap.ClientHello: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.spotify.ap.ClientHello();
                if (object.buildInfo != null) {
                    if (!$util.isObject(object.buildInfo))
                        throw $TypeError(".spotify.ap.ClientHello.buildInfo: object expected");
                    message.buildInfo = $root.spotify.ap.BuildInfo.fromObject(object.buildInfo, _depth + 1);
                }
                if (object.cryptosuitesSupported) {
                    if (!$Array.isArray(object.cryptosuitesSupported))
                        throw $TypeError(".spotify.ap.ClientHello.cryptosuitesSupported: array expected");
                    message.cryptosuitesSupported = [];
                    for (let i = 0; i < object.cryptosuitesSupported.length; ++i)
                        switch (object.cryptosuitesSupported[i]) {
                        case "CRYPTO_SUITE_SHANNON":
                        case 0:
                            message.cryptosuitesSupported[message.cryptosuitesSupported.length] = 0;
                            break;
                        case "CRYPTO_SUITE_RC4_SHA1_HMAC":
                        case 1:
                            message.cryptosuitesSupported[message.cryptosuitesSupported.length] = 1;
                            break;
                        default:
                        }
                }
                if (object.powschemesSupported) {
                    if (!$Array.isArray(object.powschemesSupported))
                        throw $TypeError(".spotify.ap.ClientHello.powschemesSupported: array expected");
                    message.powschemesSupported = [];
                    for (let i = 0; i < object.powschemesSupported.length; ++i)
                        switch (object.powschemesSupported[i]) {
                        case "POW_HASH_CASH":
                        case 0:
                            message.powschemesSupported[message.powschemesSupported.length] = 0;
                            break;
                        default:
                        }
                }
                if (object.loginCryptoHello != null) {
                    if (!$util.isObject(object.loginCryptoHello))
                        throw $TypeError(".spotify.ap.ClientHello.loginCryptoHello: object expected");
                    message.loginCryptoHello = $root.spotify.ap.LoginCryptoHelloUnion.fromObject(object.loginCryptoHello, _depth + 1);
                }
                if (object.clientNonce != null)
                    if (typeof object.clientNonce === "string")
                        $util.base64.decode(object.clientNonce, message.clientNonce = $util.newBuffer($util.base64.length(object.clientNonce)), 0);
                    else if (object.clientNonce.length >= 0)
                        message.clientNonce = object.clientNonce;
                if (object.padding != null)
                    if (typeof object.padding === "string")
                        $util.base64.decode(object.padding, message.padding = $util.newBuffer($util.base64.length(object.padding)), 0);
                    else if (object.padding.length >= 0)
                        message.padding = object.padding;
                if (object.featureSet != null) {
                    if (!$util.isObject(object.featureSet))
                        throw $TypeError(".spotify.ap.ClientHello.featureSet: object expected");
                    message.featureSet = $root.spotify.ap.FeatureSet.fromObject(object.featureSet, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a ClientHello message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.ap.ClientHello
             * @static
             * @param {spotify.ap.ClientHello} message ClientHello
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ClientHello.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.cryptosuitesSupported = [];
                    object.powschemesSupported = [];
                }
                if (options.defaults) {
                    object.buildInfo = null;
                    object.loginCryptoHello = null;
                    if (options.bytes === $String)
                        object.clientNonce = "";
                    else {
                        object.clientNonce = [];
                        if (options.bytes !== $Array)
                            object.clientNonce = $util.newBuffer(object.clientNonce);
                    }
                    if (options.bytes === $String)
                        object.padding = "";
                    else {
                        object.padding = [];
                        if (options.bytes !== $Array)
                            object.padding = $util.newBuffer(object.padding);
                    }
                    object.featureSet = null;
                }
                if (message.buildInfo != null && $Object.hasOwnProperty.call(message, "buildInfo"))
                    object.buildInfo = $root.spotify.ap.BuildInfo.toObject(message.buildInfo, options, _depth + 1);
                if (message.cryptosuitesSupported && message.cryptosuitesSupported.length) {
                    object.cryptosuitesSupported = $Array(message.cryptosuitesSupported.length);
                    for (let j = 0; j < message.cryptosuitesSupported.length; ++j)
                        object.cryptosuitesSupported[j] = options.enums === $String ? $root.spotify.ap.Cryptosuite[message.cryptosuitesSupported[j]] === $undefined ? message.cryptosuitesSupported[j] : $root.spotify.ap.Cryptosuite[message.cryptosuitesSupported[j]] : message.cryptosuitesSupported[j];
                }
                if (message.powschemesSupported && message.powschemesSupported.length) {
                    object.powschemesSupported = $Array(message.powschemesSupported.length);
                    for (let j = 0; j < message.powschemesSupported.length; ++j)
                        object.powschemesSupported[j] = options.enums === $String ? $root.spotify.ap.Powscheme[message.powschemesSupported[j]] === $undefined ? message.powschemesSupported[j] : $root.spotify.ap.Powscheme[message.powschemesSupported[j]] : message.powschemesSupported[j];
                }
                if (message.loginCryptoHello != null && $Object.hasOwnProperty.call(message, "loginCryptoHello"))
                    object.loginCryptoHello = $root.spotify.ap.LoginCryptoHelloUnion.toObject(message.loginCryptoHello, options, _depth + 1);
                if (message.clientNonce != null && $Object.hasOwnProperty.call(message, "clientNonce"))
                    object.clientNonce = options.bytes === $String ? $util.base64.encode(message.clientNonce, 0, message.clientNonce.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.clientNonce) : message.clientNonce;
                if (message.padding != null && $Object.hasOwnProperty.call(message, "padding"))
                    object.padding = options.bytes === $String ? $util.base64.encode(message.padding, 0, message.padding.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.padding) : message.padding;
                if (message.featureSet != null && $Object.hasOwnProperty.call(message, "featureSet"))
                    object.featureSet = $root.spotify.ap.FeatureSet.toObject(message.featureSet, options, _depth + 1);
                return object;
            };

            /**
             * Converts this ClientHello to JSON.
             * @function toJSON
             * @memberof spotify.ap.ClientHello
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ClientHello.prototype.toJSON = function() {
                return ClientHello.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ClientHello
             * @function getTypeUrl
             * @memberof spotify.ap.ClientHello
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ClientHello.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.ap.ClientHello";
            };

            return ClientHello;
        })();

        ap.LoginCryptoDiffieHellmanChallenge = (function() {

            /**
             * Properties of a LoginCryptoDiffieHellmanChallenge.
             * @typedef {Object} spotify.ap.LoginCryptoDiffieHellmanChallenge.$Properties
             * @property {Uint8Array} gs LoginCryptoDiffieHellmanChallenge gs
             * @property {number} serverSignatureKey LoginCryptoDiffieHellmanChallenge serverSignatureKey
             * @property {Uint8Array} gsSignature LoginCryptoDiffieHellmanChallenge gsSignature
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LoginCryptoDiffieHellmanChallenge.
             * @memberof spotify.ap
             * @interface ILoginCryptoDiffieHellmanChallenge
             * @augments spotify.ap.LoginCryptoDiffieHellmanChallenge.$Properties
             * @deprecated Use spotify.ap.LoginCryptoDiffieHellmanChallenge.$Properties instead.
             */

            /**
             * Shape of a LoginCryptoDiffieHellmanChallenge.
             * @typedef {spotify.ap.LoginCryptoDiffieHellmanChallenge.$Properties} spotify.ap.LoginCryptoDiffieHellmanChallenge.$Shape
             */

            /**
             * Constructs a new LoginCryptoDiffieHellmanChallenge.
             * @memberof spotify.ap
             * @classdesc Represents a LoginCryptoDiffieHellmanChallenge.
             * @constructor
             * @param {spotify.ap.LoginCryptoDiffieHellmanChallenge.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LoginCryptoDiffieHellmanChallenge = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LoginCryptoDiffieHellmanChallenge gs.
             * @member {Uint8Array} gs
             * @memberof spotify.ap.LoginCryptoDiffieHellmanChallenge
             * @instance
             */
            LoginCryptoDiffieHellmanChallenge.prototype.gs = $util.newBuffer([]);

            /**
             * LoginCryptoDiffieHellmanChallenge serverSignatureKey.
             * @member {number} serverSignatureKey
             * @memberof spotify.ap.LoginCryptoDiffieHellmanChallenge
             * @instance
             */
            LoginCryptoDiffieHellmanChallenge.prototype.serverSignatureKey = 0;

            /**
             * LoginCryptoDiffieHellmanChallenge gsSignature.
             * @member {Uint8Array} gsSignature
             * @memberof spotify.ap.LoginCryptoDiffieHellmanChallenge
             * @instance
             */
            LoginCryptoDiffieHellmanChallenge.prototype.gsSignature = $util.newBuffer([]);

            /**
             * Creates a new LoginCryptoDiffieHellmanChallenge instance using the specified properties.
             * @function create
             * @memberof spotify.ap.LoginCryptoDiffieHellmanChallenge
             * @static
             * @param {spotify.ap.LoginCryptoDiffieHellmanChallenge.$Properties=} [properties] Properties to set
             * @returns {spotify.ap.LoginCryptoDiffieHellmanChallenge} LoginCryptoDiffieHellmanChallenge instance
             * @type {{
             *   (properties: spotify.ap.LoginCryptoDiffieHellmanChallenge.$Shape): spotify.ap.LoginCryptoDiffieHellmanChallenge & spotify.ap.LoginCryptoDiffieHellmanChallenge.$Shape;
             *   (properties?: spotify.ap.LoginCryptoDiffieHellmanChallenge.$Properties): spotify.ap.LoginCryptoDiffieHellmanChallenge;
             * }}
             */
            LoginCryptoDiffieHellmanChallenge.create = function(properties) {
                return new LoginCryptoDiffieHellmanChallenge(properties);
            };

            /**
             * Encodes the specified LoginCryptoDiffieHellmanChallenge message. Does not implicitly {@link spotify.ap.LoginCryptoDiffieHellmanChallenge.verify|verify} messages.
             * @function encode
             * @memberof spotify.ap.LoginCryptoDiffieHellmanChallenge
             * @static
             * @param {spotify.ap.LoginCryptoDiffieHellmanChallenge.$Properties} message LoginCryptoDiffieHellmanChallenge message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LoginCryptoDiffieHellmanChallenge.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(/* id 10, wireType 2 =*/82).bytes(message.gs);
                writer.uint32(/* id 20, wireType 0 =*/160).int32(message.serverSignatureKey);
                writer.uint32(/* id 30, wireType 2 =*/242).bytes(message.gsSignature);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified LoginCryptoDiffieHellmanChallenge message, length delimited. Does not implicitly {@link spotify.ap.LoginCryptoDiffieHellmanChallenge.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.ap.LoginCryptoDiffieHellmanChallenge
             * @static
             * @param {spotify.ap.LoginCryptoDiffieHellmanChallenge.$Properties} message LoginCryptoDiffieHellmanChallenge message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LoginCryptoDiffieHellmanChallenge.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a LoginCryptoDiffieHellmanChallenge message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.ap.LoginCryptoDiffieHellmanChallenge
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.ap.LoginCryptoDiffieHellmanChallenge & spotify.ap.LoginCryptoDiffieHellmanChallenge.$Shape} LoginCryptoDiffieHellmanChallenge
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LoginCryptoDiffieHellmanChallenge.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.spotify.ap.LoginCryptoDiffieHellmanChallenge();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.gs = reader.bytes();
                            continue;
                        }
                    case 20: {
                            if (wireType !== 0)
                                break;
                            message.serverSignatureKey = reader.int32();
                            continue;
                        }
                    case 30: {
                            if (wireType !== 2)
                                break;
                            message.gsSignature = reader.bytes();
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                if (!$Object.hasOwnProperty.call(message, "gs"))
                    throw $util.ProtocolError("missing required 'gs'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "serverSignatureKey"))
                    throw $util.ProtocolError("missing required 'serverSignatureKey'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "gsSignature"))
                    throw $util.ProtocolError("missing required 'gsSignature'", { instance: message });
                return message;
            };

            /**
             * Decodes a LoginCryptoDiffieHellmanChallenge message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.ap.LoginCryptoDiffieHellmanChallenge
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.ap.LoginCryptoDiffieHellmanChallenge & spotify.ap.LoginCryptoDiffieHellmanChallenge.$Shape} LoginCryptoDiffieHellmanChallenge
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LoginCryptoDiffieHellmanChallenge.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a LoginCryptoDiffieHellmanChallenge message.
             * @function verify
             * @memberof spotify.ap.LoginCryptoDiffieHellmanChallenge
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            LoginCryptoDiffieHellmanChallenge.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (!(message.gs && typeof message.gs.length === "number" || $util.isString(message.gs)))
                    return "gs: buffer expected";
                if (!$util.isInteger(message.serverSignatureKey))
                    return "serverSignatureKey: integer expected";
                if (!(message.gsSignature && typeof message.gsSignature.length === "number" || $util.isString(message.gsSignature)))
                    return "gsSignature: buffer expected";
                return null;
            };

            /**
             * Creates a LoginCryptoDiffieHellmanChallenge message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.ap.LoginCryptoDiffieHellmanChallenge
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.ap.LoginCryptoDiffieHellmanChallenge} LoginCryptoDiffieHellmanChallenge
             */
            LoginCryptoDiffieHellmanChallenge.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.ap.LoginCryptoDiffieHellmanChallenge)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.ap.LoginCryptoDiffieHellmanChallenge: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.spotify.ap.LoginCryptoDiffieHellmanChallenge();
                if (object.gs != null)
                    if (typeof object.gs === "string")
                        $util.base64.decode(object.gs, message.gs = $util.newBuffer($util.base64.length(object.gs)), 0);
                    else if (object.gs.length >= 0)
                        message.gs = object.gs;
                if (object.serverSignatureKey != null)
                    message.serverSignatureKey = object.serverSignatureKey | 0;
                if (object.gsSignature != null)
                    if (typeof object.gsSignature === "string")
                        $util.base64.decode(object.gsSignature, message.gsSignature = $util.newBuffer($util.base64.length(object.gsSignature)), 0);
                    else if (object.gsSignature.length >= 0)
                        message.gsSignature = object.gsSignature;
                return message;
            };

            /**
             * Creates a plain object from a LoginCryptoDiffieHellmanChallenge message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.ap.LoginCryptoDiffieHellmanChallenge
             * @static
             * @param {spotify.ap.LoginCryptoDiffieHellmanChallenge} message LoginCryptoDiffieHellmanChallenge
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LoginCryptoDiffieHellmanChallenge.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.gs = "";
                    else {
                        object.gs = [];
                        if (options.bytes !== $Array)
                            object.gs = $util.newBuffer(object.gs);
                    }
                    object.serverSignatureKey = 0;
                    if (options.bytes === $String)
                        object.gsSignature = "";
                    else {
                        object.gsSignature = [];
                        if (options.bytes !== $Array)
                            object.gsSignature = $util.newBuffer(object.gsSignature);
                    }
                }
                if (message.gs != null && $Object.hasOwnProperty.call(message, "gs"))
                    object.gs = options.bytes === $String ? $util.base64.encode(message.gs, 0, message.gs.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.gs) : message.gs;
                if (message.serverSignatureKey != null && $Object.hasOwnProperty.call(message, "serverSignatureKey"))
                    object.serverSignatureKey = message.serverSignatureKey;
                if (message.gsSignature != null && $Object.hasOwnProperty.call(message, "gsSignature"))
                    object.gsSignature = options.bytes === $String ? $util.base64.encode(message.gsSignature, 0, message.gsSignature.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.gsSignature) : message.gsSignature;
                return object;
            };

            /**
             * Converts this LoginCryptoDiffieHellmanChallenge to JSON.
             * @function toJSON
             * @memberof spotify.ap.LoginCryptoDiffieHellmanChallenge
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LoginCryptoDiffieHellmanChallenge.prototype.toJSON = function() {
                return LoginCryptoDiffieHellmanChallenge.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for LoginCryptoDiffieHellmanChallenge
             * @function getTypeUrl
             * @memberof spotify.ap.LoginCryptoDiffieHellmanChallenge
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LoginCryptoDiffieHellmanChallenge.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.ap.LoginCryptoDiffieHellmanChallenge";
            };

            return LoginCryptoDiffieHellmanChallenge;
        })();

        ap.LoginCryptoChallengeUnion = (function() {

            /**
             * Properties of a LoginCryptoChallengeUnion.
             * @typedef {Object} spotify.ap.LoginCryptoChallengeUnion.$Properties
             * @property {spotify.ap.LoginCryptoDiffieHellmanChallenge.$Properties|null} [diffieHellman] LoginCryptoChallengeUnion diffieHellman
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LoginCryptoChallengeUnion.
             * @memberof spotify.ap
             * @interface ILoginCryptoChallengeUnion
             * @augments spotify.ap.LoginCryptoChallengeUnion.$Properties
             * @deprecated Use spotify.ap.LoginCryptoChallengeUnion.$Properties instead.
             */

            /**
             * Shape of a LoginCryptoChallengeUnion.
             * @typedef {spotify.ap.LoginCryptoChallengeUnion.$Properties} spotify.ap.LoginCryptoChallengeUnion.$Shape
             */

            /**
             * Constructs a new LoginCryptoChallengeUnion.
             * @memberof spotify.ap
             * @classdesc Represents a LoginCryptoChallengeUnion.
             * @constructor
             * @param {spotify.ap.LoginCryptoChallengeUnion.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LoginCryptoChallengeUnion = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LoginCryptoChallengeUnion diffieHellman.
             * @member {spotify.ap.LoginCryptoDiffieHellmanChallenge.$Properties|null|undefined} diffieHellman
             * @memberof spotify.ap.LoginCryptoChallengeUnion
             * @instance
             */
            LoginCryptoChallengeUnion.prototype.diffieHellman = null;

            /**
             * Creates a new LoginCryptoChallengeUnion instance using the specified properties.
             * @function create
             * @memberof spotify.ap.LoginCryptoChallengeUnion
             * @static
             * @param {spotify.ap.LoginCryptoChallengeUnion.$Properties=} [properties] Properties to set
             * @returns {spotify.ap.LoginCryptoChallengeUnion} LoginCryptoChallengeUnion instance
             * @type {{
             *   (properties: spotify.ap.LoginCryptoChallengeUnion.$Shape): spotify.ap.LoginCryptoChallengeUnion & spotify.ap.LoginCryptoChallengeUnion.$Shape;
             *   (properties?: spotify.ap.LoginCryptoChallengeUnion.$Properties): spotify.ap.LoginCryptoChallengeUnion;
             * }}
             */
            LoginCryptoChallengeUnion.create = function(properties) {
                return new LoginCryptoChallengeUnion(properties);
            };

            /**
             * Encodes the specified LoginCryptoChallengeUnion message. Does not implicitly {@link spotify.ap.LoginCryptoChallengeUnion.verify|verify} messages.
             * @function encode
             * @memberof spotify.ap.LoginCryptoChallengeUnion
             * @static
             * @param {spotify.ap.LoginCryptoChallengeUnion.$Properties} message LoginCryptoChallengeUnion message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LoginCryptoChallengeUnion.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.diffieHellman != null && $Object.hasOwnProperty.call(message, "diffieHellman"))
                    $root.spotify.ap.LoginCryptoDiffieHellmanChallenge.encode(message.diffieHellman, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified LoginCryptoChallengeUnion message, length delimited. Does not implicitly {@link spotify.ap.LoginCryptoChallengeUnion.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.ap.LoginCryptoChallengeUnion
             * @static
             * @param {spotify.ap.LoginCryptoChallengeUnion.$Properties} message LoginCryptoChallengeUnion message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LoginCryptoChallengeUnion.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a LoginCryptoChallengeUnion message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.ap.LoginCryptoChallengeUnion
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.ap.LoginCryptoChallengeUnion & spotify.ap.LoginCryptoChallengeUnion.$Shape} LoginCryptoChallengeUnion
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LoginCryptoChallengeUnion.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.spotify.ap.LoginCryptoChallengeUnion();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.diffieHellman = $root.spotify.ap.LoginCryptoDiffieHellmanChallenge.decode(reader, reader.size(), $undefined, _depth + 1, message.diffieHellman);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a LoginCryptoChallengeUnion message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.ap.LoginCryptoChallengeUnion
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.ap.LoginCryptoChallengeUnion & spotify.ap.LoginCryptoChallengeUnion.$Shape} LoginCryptoChallengeUnion
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LoginCryptoChallengeUnion.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a LoginCryptoChallengeUnion message.
             * @function verify
             * @memberof spotify.ap.LoginCryptoChallengeUnion
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            LoginCryptoChallengeUnion.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.diffieHellman != null && $Object.hasOwnProperty.call(message, "diffieHellman")) {
                    let error = $root.spotify.ap.LoginCryptoDiffieHellmanChallenge.verify(message.diffieHellman, _depth + 1);
                    if (error)
                        return "diffieHellman." + error;
                }
                return null;
            };

            /**
             * Creates a LoginCryptoChallengeUnion message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.ap.LoginCryptoChallengeUnion
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.ap.LoginCryptoChallengeUnion} LoginCryptoChallengeUnion
             */
            LoginCryptoChallengeUnion.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.ap.LoginCryptoChallengeUnion)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.ap.LoginCryptoChallengeUnion: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.spotify.ap.LoginCryptoChallengeUnion();
                if (object.diffieHellman != null) {
                    if (!$util.isObject(object.diffieHellman))
                        throw $TypeError(".spotify.ap.LoginCryptoChallengeUnion.diffieHellman: object expected");
                    message.diffieHellman = $root.spotify.ap.LoginCryptoDiffieHellmanChallenge.fromObject(object.diffieHellman, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a LoginCryptoChallengeUnion message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.ap.LoginCryptoChallengeUnion
             * @static
             * @param {spotify.ap.LoginCryptoChallengeUnion} message LoginCryptoChallengeUnion
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LoginCryptoChallengeUnion.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.diffieHellman = null;
                if (message.diffieHellman != null && $Object.hasOwnProperty.call(message, "diffieHellman"))
                    object.diffieHellman = $root.spotify.ap.LoginCryptoDiffieHellmanChallenge.toObject(message.diffieHellman, options, _depth + 1);
                return object;
            };

            /**
             * Converts this LoginCryptoChallengeUnion to JSON.
             * @function toJSON
             * @memberof spotify.ap.LoginCryptoChallengeUnion
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LoginCryptoChallengeUnion.prototype.toJSON = function() {
                return LoginCryptoChallengeUnion.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for LoginCryptoChallengeUnion
             * @function getTypeUrl
             * @memberof spotify.ap.LoginCryptoChallengeUnion
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LoginCryptoChallengeUnion.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.ap.LoginCryptoChallengeUnion";
            };

            return LoginCryptoChallengeUnion;
        })();

        ap.FingerprintChallengeUnion = (function() {

            /**
             * Properties of a FingerprintChallengeUnion.
             * @typedef {Object} spotify.ap.FingerprintChallengeUnion.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FingerprintChallengeUnion.
             * @memberof spotify.ap
             * @interface IFingerprintChallengeUnion
             * @augments spotify.ap.FingerprintChallengeUnion.$Properties
             * @deprecated Use spotify.ap.FingerprintChallengeUnion.$Properties instead.
             */

            /**
             * Shape of a FingerprintChallengeUnion.
             * @typedef {spotify.ap.FingerprintChallengeUnion.$Properties} spotify.ap.FingerprintChallengeUnion.$Shape
             */

            /**
             * Constructs a new FingerprintChallengeUnion.
             * @memberof spotify.ap
             * @classdesc Represents a FingerprintChallengeUnion.
             * @constructor
             * @param {spotify.ap.FingerprintChallengeUnion.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FingerprintChallengeUnion = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new FingerprintChallengeUnion instance using the specified properties.
             * @function create
             * @memberof spotify.ap.FingerprintChallengeUnion
             * @static
             * @param {spotify.ap.FingerprintChallengeUnion.$Properties=} [properties] Properties to set
             * @returns {spotify.ap.FingerprintChallengeUnion} FingerprintChallengeUnion instance
             * @type {{
             *   (properties: spotify.ap.FingerprintChallengeUnion.$Shape): spotify.ap.FingerprintChallengeUnion & spotify.ap.FingerprintChallengeUnion.$Shape;
             *   (properties?: spotify.ap.FingerprintChallengeUnion.$Properties): spotify.ap.FingerprintChallengeUnion;
             * }}
             */
            FingerprintChallengeUnion.create = function(properties) {
                return new FingerprintChallengeUnion(properties);
            };

            /**
             * Encodes the specified FingerprintChallengeUnion message. Does not implicitly {@link spotify.ap.FingerprintChallengeUnion.verify|verify} messages.
             * @function encode
             * @memberof spotify.ap.FingerprintChallengeUnion
             * @static
             * @param {spotify.ap.FingerprintChallengeUnion.$Properties} message FingerprintChallengeUnion message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FingerprintChallengeUnion.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified FingerprintChallengeUnion message, length delimited. Does not implicitly {@link spotify.ap.FingerprintChallengeUnion.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.ap.FingerprintChallengeUnion
             * @static
             * @param {spotify.ap.FingerprintChallengeUnion.$Properties} message FingerprintChallengeUnion message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FingerprintChallengeUnion.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a FingerprintChallengeUnion message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.ap.FingerprintChallengeUnion
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.ap.FingerprintChallengeUnion & spotify.ap.FingerprintChallengeUnion.$Shape} FingerprintChallengeUnion
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FingerprintChallengeUnion.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.spotify.ap.FingerprintChallengeUnion();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a FingerprintChallengeUnion message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.ap.FingerprintChallengeUnion
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.ap.FingerprintChallengeUnion & spotify.ap.FingerprintChallengeUnion.$Shape} FingerprintChallengeUnion
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FingerprintChallengeUnion.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a FingerprintChallengeUnion message.
             * @function verify
             * @memberof spotify.ap.FingerprintChallengeUnion
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            FingerprintChallengeUnion.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            /**
             * Creates a FingerprintChallengeUnion message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.ap.FingerprintChallengeUnion
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.ap.FingerprintChallengeUnion} FingerprintChallengeUnion
             */
            FingerprintChallengeUnion.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.ap.FingerprintChallengeUnion)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.ap.FingerprintChallengeUnion: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.spotify.ap.FingerprintChallengeUnion();
            };

            /**
             * Creates a plain object from a FingerprintChallengeUnion message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.ap.FingerprintChallengeUnion
             * @static
             * @param {spotify.ap.FingerprintChallengeUnion} message FingerprintChallengeUnion
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FingerprintChallengeUnion.toObject = function () {
                return {};
            };

            /**
             * Converts this FingerprintChallengeUnion to JSON.
             * @function toJSON
             * @memberof spotify.ap.FingerprintChallengeUnion
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FingerprintChallengeUnion.prototype.toJSON = function() {
                return FingerprintChallengeUnion.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for FingerprintChallengeUnion
             * @function getTypeUrl
             * @memberof spotify.ap.FingerprintChallengeUnion
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            FingerprintChallengeUnion.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.ap.FingerprintChallengeUnion";
            };

            return FingerprintChallengeUnion;
        })();

        ap.PoWHashCashChallenge = (function() {

            /**
             * Properties of a PoWHashCashChallenge.
             * @typedef {Object} spotify.ap.PoWHashCashChallenge.$Properties
             * @property {Uint8Array|null} [prefix] PoWHashCashChallenge prefix
             * @property {number|null} [length] PoWHashCashChallenge length
             * @property {number|null} [target] PoWHashCashChallenge target
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PoWHashCashChallenge.
             * @memberof spotify.ap
             * @interface IPoWHashCashChallenge
             * @augments spotify.ap.PoWHashCashChallenge.$Properties
             * @deprecated Use spotify.ap.PoWHashCashChallenge.$Properties instead.
             */

            /**
             * Shape of a PoWHashCashChallenge.
             * @typedef {spotify.ap.PoWHashCashChallenge.$Properties} spotify.ap.PoWHashCashChallenge.$Shape
             */

            /**
             * Constructs a new PoWHashCashChallenge.
             * @memberof spotify.ap
             * @classdesc Represents a PoWHashCashChallenge.
             * @constructor
             * @param {spotify.ap.PoWHashCashChallenge.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PoWHashCashChallenge = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PoWHashCashChallenge prefix.
             * @member {Uint8Array} prefix
             * @memberof spotify.ap.PoWHashCashChallenge
             * @instance
             */
            PoWHashCashChallenge.prototype.prefix = $util.newBuffer([]);

            /**
             * PoWHashCashChallenge length.
             * @member {number} length
             * @memberof spotify.ap.PoWHashCashChallenge
             * @instance
             */
            PoWHashCashChallenge.prototype.length = 0;

            /**
             * PoWHashCashChallenge target.
             * @member {number} target
             * @memberof spotify.ap.PoWHashCashChallenge
             * @instance
             */
            PoWHashCashChallenge.prototype.target = 0;

            /**
             * Creates a new PoWHashCashChallenge instance using the specified properties.
             * @function create
             * @memberof spotify.ap.PoWHashCashChallenge
             * @static
             * @param {spotify.ap.PoWHashCashChallenge.$Properties=} [properties] Properties to set
             * @returns {spotify.ap.PoWHashCashChallenge} PoWHashCashChallenge instance
             * @type {{
             *   (properties: spotify.ap.PoWHashCashChallenge.$Shape): spotify.ap.PoWHashCashChallenge & spotify.ap.PoWHashCashChallenge.$Shape;
             *   (properties?: spotify.ap.PoWHashCashChallenge.$Properties): spotify.ap.PoWHashCashChallenge;
             * }}
             */
            PoWHashCashChallenge.create = function(properties) {
                return new PoWHashCashChallenge(properties);
            };

            /**
             * Encodes the specified PoWHashCashChallenge message. Does not implicitly {@link spotify.ap.PoWHashCashChallenge.verify|verify} messages.
             * @function encode
             * @memberof spotify.ap.PoWHashCashChallenge
             * @static
             * @param {spotify.ap.PoWHashCashChallenge.$Properties} message PoWHashCashChallenge message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PoWHashCashChallenge.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.prefix != null && $Object.hasOwnProperty.call(message, "prefix"))
                    writer.uint32(/* id 10, wireType 2 =*/82).bytes(message.prefix);
                if (message.length != null && $Object.hasOwnProperty.call(message, "length"))
                    writer.uint32(/* id 20, wireType 0 =*/160).int32(message.length);
                if (message.target != null && $Object.hasOwnProperty.call(message, "target"))
                    writer.uint32(/* id 30, wireType 0 =*/240).int32(message.target);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified PoWHashCashChallenge message, length delimited. Does not implicitly {@link spotify.ap.PoWHashCashChallenge.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.ap.PoWHashCashChallenge
             * @static
             * @param {spotify.ap.PoWHashCashChallenge.$Properties} message PoWHashCashChallenge message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PoWHashCashChallenge.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a PoWHashCashChallenge message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.ap.PoWHashCashChallenge
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.ap.PoWHashCashChallenge & spotify.ap.PoWHashCashChallenge.$Shape} PoWHashCashChallenge
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PoWHashCashChallenge.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.spotify.ap.PoWHashCashChallenge();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.prefix = reader.bytes();
                            continue;
                        }
                    case 20: {
                            if (wireType !== 0)
                                break;
                            message.length = reader.int32();
                            continue;
                        }
                    case 30: {
                            if (wireType !== 0)
                                break;
                            message.target = reader.int32();
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a PoWHashCashChallenge message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.ap.PoWHashCashChallenge
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.ap.PoWHashCashChallenge & spotify.ap.PoWHashCashChallenge.$Shape} PoWHashCashChallenge
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PoWHashCashChallenge.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a PoWHashCashChallenge message.
             * @function verify
             * @memberof spotify.ap.PoWHashCashChallenge
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PoWHashCashChallenge.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.prefix != null && $Object.hasOwnProperty.call(message, "prefix"))
                    if (!(message.prefix && typeof message.prefix.length === "number" || $util.isString(message.prefix)))
                        return "prefix: buffer expected";
                if (message.length != null && $Object.hasOwnProperty.call(message, "length"))
                    if (!$util.isInteger(message.length))
                        return "length: integer expected";
                if (message.target != null && $Object.hasOwnProperty.call(message, "target"))
                    if (!$util.isInteger(message.target))
                        return "target: integer expected";
                return null;
            };

            /**
             * Creates a PoWHashCashChallenge message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.ap.PoWHashCashChallenge
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.ap.PoWHashCashChallenge} PoWHashCashChallenge
             */
            PoWHashCashChallenge.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.ap.PoWHashCashChallenge)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.ap.PoWHashCashChallenge: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.spotify.ap.PoWHashCashChallenge();
                if (object.prefix != null)
                    if (typeof object.prefix === "string")
                        $util.base64.decode(object.prefix, message.prefix = $util.newBuffer($util.base64.length(object.prefix)), 0);
                    else if (object.prefix.length >= 0)
                        message.prefix = object.prefix;
                if (object.length != null)
                    message.length = object.length | 0;
                if (object.target != null)
                    message.target = object.target | 0;
                return message;
            };

            /**
             * Creates a plain object from a PoWHashCashChallenge message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.ap.PoWHashCashChallenge
             * @static
             * @param {spotify.ap.PoWHashCashChallenge} message PoWHashCashChallenge
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PoWHashCashChallenge.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.prefix = "";
                    else {
                        object.prefix = [];
                        if (options.bytes !== $Array)
                            object.prefix = $util.newBuffer(object.prefix);
                    }
                    object.length = 0;
                    object.target = 0;
                }
                if (message.prefix != null && $Object.hasOwnProperty.call(message, "prefix"))
                    object.prefix = options.bytes === $String ? $util.base64.encode(message.prefix, 0, message.prefix.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.prefix) : message.prefix;
                if (message.length != null && $Object.hasOwnProperty.call(message, "length"))
                    object.length = message.length;
                if (message.target != null && $Object.hasOwnProperty.call(message, "target"))
                    object.target = message.target;
                return object;
            };

            /**
             * Converts this PoWHashCashChallenge to JSON.
             * @function toJSON
             * @memberof spotify.ap.PoWHashCashChallenge
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PoWHashCashChallenge.prototype.toJSON = function() {
                return PoWHashCashChallenge.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PoWHashCashChallenge
             * @function getTypeUrl
             * @memberof spotify.ap.PoWHashCashChallenge
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PoWHashCashChallenge.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.ap.PoWHashCashChallenge";
            };

            return PoWHashCashChallenge;
        })();

        ap.PoWChallengeUnion = (function() {

            /**
             * Properties of a PoWChallengeUnion.
             * @typedef {Object} spotify.ap.PoWChallengeUnion.$Properties
             * @property {spotify.ap.PoWHashCashChallenge.$Properties|null} [hashCash] PoWChallengeUnion hashCash
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PoWChallengeUnion.
             * @memberof spotify.ap
             * @interface IPoWChallengeUnion
             * @augments spotify.ap.PoWChallengeUnion.$Properties
             * @deprecated Use spotify.ap.PoWChallengeUnion.$Properties instead.
             */

            /**
             * Shape of a PoWChallengeUnion.
             * @typedef {spotify.ap.PoWChallengeUnion.$Properties} spotify.ap.PoWChallengeUnion.$Shape
             */

            /**
             * Constructs a new PoWChallengeUnion.
             * @memberof spotify.ap
             * @classdesc Represents a PoWChallengeUnion.
             * @constructor
             * @param {spotify.ap.PoWChallengeUnion.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PoWChallengeUnion = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PoWChallengeUnion hashCash.
             * @member {spotify.ap.PoWHashCashChallenge.$Properties|null|undefined} hashCash
             * @memberof spotify.ap.PoWChallengeUnion
             * @instance
             */
            PoWChallengeUnion.prototype.hashCash = null;

            /**
             * Creates a new PoWChallengeUnion instance using the specified properties.
             * @function create
             * @memberof spotify.ap.PoWChallengeUnion
             * @static
             * @param {spotify.ap.PoWChallengeUnion.$Properties=} [properties] Properties to set
             * @returns {spotify.ap.PoWChallengeUnion} PoWChallengeUnion instance
             * @type {{
             *   (properties: spotify.ap.PoWChallengeUnion.$Shape): spotify.ap.PoWChallengeUnion & spotify.ap.PoWChallengeUnion.$Shape;
             *   (properties?: spotify.ap.PoWChallengeUnion.$Properties): spotify.ap.PoWChallengeUnion;
             * }}
             */
            PoWChallengeUnion.create = function(properties) {
                return new PoWChallengeUnion(properties);
            };

            /**
             * Encodes the specified PoWChallengeUnion message. Does not implicitly {@link spotify.ap.PoWChallengeUnion.verify|verify} messages.
             * @function encode
             * @memberof spotify.ap.PoWChallengeUnion
             * @static
             * @param {spotify.ap.PoWChallengeUnion.$Properties} message PoWChallengeUnion message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PoWChallengeUnion.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.hashCash != null && $Object.hasOwnProperty.call(message, "hashCash"))
                    $root.spotify.ap.PoWHashCashChallenge.encode(message.hashCash, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified PoWChallengeUnion message, length delimited. Does not implicitly {@link spotify.ap.PoWChallengeUnion.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.ap.PoWChallengeUnion
             * @static
             * @param {spotify.ap.PoWChallengeUnion.$Properties} message PoWChallengeUnion message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PoWChallengeUnion.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a PoWChallengeUnion message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.ap.PoWChallengeUnion
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.ap.PoWChallengeUnion & spotify.ap.PoWChallengeUnion.$Shape} PoWChallengeUnion
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PoWChallengeUnion.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.spotify.ap.PoWChallengeUnion();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.hashCash = $root.spotify.ap.PoWHashCashChallenge.decode(reader, reader.size(), $undefined, _depth + 1, message.hashCash);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a PoWChallengeUnion message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.ap.PoWChallengeUnion
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.ap.PoWChallengeUnion & spotify.ap.PoWChallengeUnion.$Shape} PoWChallengeUnion
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PoWChallengeUnion.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a PoWChallengeUnion message.
             * @function verify
             * @memberof spotify.ap.PoWChallengeUnion
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PoWChallengeUnion.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.hashCash != null && $Object.hasOwnProperty.call(message, "hashCash")) {
                    let error = $root.spotify.ap.PoWHashCashChallenge.verify(message.hashCash, _depth + 1);
                    if (error)
                        return "hashCash." + error;
                }
                return null;
            };

            /**
             * Creates a PoWChallengeUnion message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.ap.PoWChallengeUnion
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.ap.PoWChallengeUnion} PoWChallengeUnion
             */
            PoWChallengeUnion.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.ap.PoWChallengeUnion)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.ap.PoWChallengeUnion: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.spotify.ap.PoWChallengeUnion();
                if (object.hashCash != null) {
                    if (!$util.isObject(object.hashCash))
                        throw $TypeError(".spotify.ap.PoWChallengeUnion.hashCash: object expected");
                    message.hashCash = $root.spotify.ap.PoWHashCashChallenge.fromObject(object.hashCash, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a PoWChallengeUnion message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.ap.PoWChallengeUnion
             * @static
             * @param {spotify.ap.PoWChallengeUnion} message PoWChallengeUnion
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PoWChallengeUnion.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.hashCash = null;
                if (message.hashCash != null && $Object.hasOwnProperty.call(message, "hashCash"))
                    object.hashCash = $root.spotify.ap.PoWHashCashChallenge.toObject(message.hashCash, options, _depth + 1);
                return object;
            };

            /**
             * Converts this PoWChallengeUnion to JSON.
             * @function toJSON
             * @memberof spotify.ap.PoWChallengeUnion
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PoWChallengeUnion.prototype.toJSON = function() {
                return PoWChallengeUnion.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PoWChallengeUnion
             * @function getTypeUrl
             * @memberof spotify.ap.PoWChallengeUnion
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PoWChallengeUnion.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.ap.PoWChallengeUnion";
            };

            return PoWChallengeUnion;
        })();

        ap.CryptoChallengeUnion = (function() {

            /**
             * Properties of a CryptoChallengeUnion.
             * @typedef {Object} spotify.ap.CryptoChallengeUnion.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CryptoChallengeUnion.
             * @memberof spotify.ap
             * @interface ICryptoChallengeUnion
             * @augments spotify.ap.CryptoChallengeUnion.$Properties
             * @deprecated Use spotify.ap.CryptoChallengeUnion.$Properties instead.
             */

            /**
             * Shape of a CryptoChallengeUnion.
             * @typedef {spotify.ap.CryptoChallengeUnion.$Properties} spotify.ap.CryptoChallengeUnion.$Shape
             */

            /**
             * Constructs a new CryptoChallengeUnion.
             * @memberof spotify.ap
             * @classdesc Represents a CryptoChallengeUnion.
             * @constructor
             * @param {spotify.ap.CryptoChallengeUnion.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CryptoChallengeUnion = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new CryptoChallengeUnion instance using the specified properties.
             * @function create
             * @memberof spotify.ap.CryptoChallengeUnion
             * @static
             * @param {spotify.ap.CryptoChallengeUnion.$Properties=} [properties] Properties to set
             * @returns {spotify.ap.CryptoChallengeUnion} CryptoChallengeUnion instance
             * @type {{
             *   (properties: spotify.ap.CryptoChallengeUnion.$Shape): spotify.ap.CryptoChallengeUnion & spotify.ap.CryptoChallengeUnion.$Shape;
             *   (properties?: spotify.ap.CryptoChallengeUnion.$Properties): spotify.ap.CryptoChallengeUnion;
             * }}
             */
            CryptoChallengeUnion.create = function(properties) {
                return new CryptoChallengeUnion(properties);
            };

            /**
             * Encodes the specified CryptoChallengeUnion message. Does not implicitly {@link spotify.ap.CryptoChallengeUnion.verify|verify} messages.
             * @function encode
             * @memberof spotify.ap.CryptoChallengeUnion
             * @static
             * @param {spotify.ap.CryptoChallengeUnion.$Properties} message CryptoChallengeUnion message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CryptoChallengeUnion.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified CryptoChallengeUnion message, length delimited. Does not implicitly {@link spotify.ap.CryptoChallengeUnion.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.ap.CryptoChallengeUnion
             * @static
             * @param {spotify.ap.CryptoChallengeUnion.$Properties} message CryptoChallengeUnion message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CryptoChallengeUnion.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a CryptoChallengeUnion message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.ap.CryptoChallengeUnion
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.ap.CryptoChallengeUnion & spotify.ap.CryptoChallengeUnion.$Shape} CryptoChallengeUnion
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CryptoChallengeUnion.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.spotify.ap.CryptoChallengeUnion();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a CryptoChallengeUnion message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.ap.CryptoChallengeUnion
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.ap.CryptoChallengeUnion & spotify.ap.CryptoChallengeUnion.$Shape} CryptoChallengeUnion
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CryptoChallengeUnion.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a CryptoChallengeUnion message.
             * @function verify
             * @memberof spotify.ap.CryptoChallengeUnion
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CryptoChallengeUnion.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            /**
             * Creates a CryptoChallengeUnion message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.ap.CryptoChallengeUnion
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.ap.CryptoChallengeUnion} CryptoChallengeUnion
             */
            CryptoChallengeUnion.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.ap.CryptoChallengeUnion)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.ap.CryptoChallengeUnion: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.spotify.ap.CryptoChallengeUnion();
            };

            /**
             * Creates a plain object from a CryptoChallengeUnion message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.ap.CryptoChallengeUnion
             * @static
             * @param {spotify.ap.CryptoChallengeUnion} message CryptoChallengeUnion
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CryptoChallengeUnion.toObject = function () {
                return {};
            };

            /**
             * Converts this CryptoChallengeUnion to JSON.
             * @function toJSON
             * @memberof spotify.ap.CryptoChallengeUnion
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CryptoChallengeUnion.prototype.toJSON = function() {
                return CryptoChallengeUnion.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CryptoChallengeUnion
             * @function getTypeUrl
             * @memberof spotify.ap.CryptoChallengeUnion
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CryptoChallengeUnion.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.ap.CryptoChallengeUnion";
            };

            return CryptoChallengeUnion;
        })();

        ap.APChallenge = (function() {

            /**
             * Properties of a APChallenge.
             * @typedef {Object} spotify.ap.APChallenge.$Properties
             * @property {spotify.ap.LoginCryptoChallengeUnion.$Properties} loginCryptoChallenge APChallenge loginCryptoChallenge
             * @property {spotify.ap.FingerprintChallengeUnion.$Properties} fingerprintChallenge APChallenge fingerprintChallenge
             * @property {spotify.ap.PoWChallengeUnion.$Properties} powChallenge APChallenge powChallenge
             * @property {spotify.ap.CryptoChallengeUnion.$Properties} cryptoChallenge APChallenge cryptoChallenge
             * @property {Uint8Array} serverNonce APChallenge serverNonce
             * @property {Uint8Array|null} [padding] APChallenge padding
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a APChallenge.
             * @memberof spotify.ap
             * @interface IAPChallenge
             * @augments spotify.ap.APChallenge.$Properties
             * @deprecated Use spotify.ap.APChallenge.$Properties instead.
             */

            /**
             * Shape of a APChallenge.
             * @typedef {spotify.ap.APChallenge.$Properties} spotify.ap.APChallenge.$Shape
             */

            /**
             * Constructs a new APChallenge.
             * @memberof spotify.ap
             * @classdesc Represents a APChallenge.
             * @constructor
             * @param {spotify.ap.APChallenge.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const APChallenge = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * APChallenge loginCryptoChallenge.
             * @member {spotify.ap.LoginCryptoChallengeUnion.$Properties} loginCryptoChallenge
             * @memberof spotify.ap.APChallenge
             * @instance
             */
            APChallenge.prototype.loginCryptoChallenge = null;

            /**
             * APChallenge fingerprintChallenge.
             * @member {spotify.ap.FingerprintChallengeUnion.$Properties} fingerprintChallenge
             * @memberof spotify.ap.APChallenge
             * @instance
             */
            APChallenge.prototype.fingerprintChallenge = null;

            /**
             * APChallenge powChallenge.
             * @member {spotify.ap.PoWChallengeUnion.$Properties} powChallenge
             * @memberof spotify.ap.APChallenge
             * @instance
             */
            APChallenge.prototype.powChallenge = null;

            /**
             * APChallenge cryptoChallenge.
             * @member {spotify.ap.CryptoChallengeUnion.$Properties} cryptoChallenge
             * @memberof spotify.ap.APChallenge
             * @instance
             */
            APChallenge.prototype.cryptoChallenge = null;

            /**
             * APChallenge serverNonce.
             * @member {Uint8Array} serverNonce
             * @memberof spotify.ap.APChallenge
             * @instance
             */
            APChallenge.prototype.serverNonce = $util.newBuffer([]);

            /**
             * APChallenge padding.
             * @member {Uint8Array} padding
             * @memberof spotify.ap.APChallenge
             * @instance
             */
            APChallenge.prototype.padding = $util.newBuffer([]);

            /**
             * Creates a new APChallenge instance using the specified properties.
             * @function create
             * @memberof spotify.ap.APChallenge
             * @static
             * @param {spotify.ap.APChallenge.$Properties=} [properties] Properties to set
             * @returns {spotify.ap.APChallenge} APChallenge instance
             * @type {{
             *   (properties: spotify.ap.APChallenge.$Shape): spotify.ap.APChallenge & spotify.ap.APChallenge.$Shape;
             *   (properties?: spotify.ap.APChallenge.$Properties): spotify.ap.APChallenge;
             * }}
             */
            APChallenge.create = function(properties) {
                return new APChallenge(properties);
            };

            /**
             * Encodes the specified APChallenge message. Does not implicitly {@link spotify.ap.APChallenge.verify|verify} messages.
             * @function encode
             * @memberof spotify.ap.APChallenge
             * @static
             * @param {spotify.ap.APChallenge.$Properties} message APChallenge message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            APChallenge.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                $root.spotify.ap.LoginCryptoChallengeUnion.encode(message.loginCryptoChallenge, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                $root.spotify.ap.FingerprintChallengeUnion.encode(message.fingerprintChallenge, writer.uint32(/* id 20, wireType 2 =*/162).fork(), _depth + 1).ldelim();
                $root.spotify.ap.PoWChallengeUnion.encode(message.powChallenge, writer.uint32(/* id 30, wireType 2 =*/242).fork(), _depth + 1).ldelim();
                $root.spotify.ap.CryptoChallengeUnion.encode(message.cryptoChallenge, writer.uint32(/* id 40, wireType 2 =*/322).fork(), _depth + 1).ldelim();
                writer.uint32(/* id 50, wireType 2 =*/402).bytes(message.serverNonce);
                if (message.padding != null && $Object.hasOwnProperty.call(message, "padding"))
                    writer.uint32(/* id 60, wireType 2 =*/482).bytes(message.padding);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified APChallenge message, length delimited. Does not implicitly {@link spotify.ap.APChallenge.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.ap.APChallenge
             * @static
             * @param {spotify.ap.APChallenge.$Properties} message APChallenge message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            APChallenge.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a APChallenge message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.ap.APChallenge
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.ap.APChallenge & spotify.ap.APChallenge.$Shape} APChallenge
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            APChallenge.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.spotify.ap.APChallenge();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.loginCryptoChallenge = $root.spotify.ap.LoginCryptoChallengeUnion.decode(reader, reader.size(), $undefined, _depth + 1, message.loginCryptoChallenge);
                            continue;
                        }
                    case 20: {
                            if (wireType !== 2)
                                break;
                            message.fingerprintChallenge = $root.spotify.ap.FingerprintChallengeUnion.decode(reader, reader.size(), $undefined, _depth + 1, message.fingerprintChallenge);
                            continue;
                        }
                    case 30: {
                            if (wireType !== 2)
                                break;
                            message.powChallenge = $root.spotify.ap.PoWChallengeUnion.decode(reader, reader.size(), $undefined, _depth + 1, message.powChallenge);
                            continue;
                        }
                    case 40: {
                            if (wireType !== 2)
                                break;
                            message.cryptoChallenge = $root.spotify.ap.CryptoChallengeUnion.decode(reader, reader.size(), $undefined, _depth + 1, message.cryptoChallenge);
                            continue;
                        }
                    case 50: {
                            if (wireType !== 2)
                                break;
                            message.serverNonce = reader.bytes();
                            continue;
                        }
                    case 60: {
                            if (wireType !== 2)
                                break;
                            message.padding = reader.bytes();
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                if (!$Object.hasOwnProperty.call(message, "loginCryptoChallenge"))
                    throw $util.ProtocolError("missing required 'loginCryptoChallenge'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "fingerprintChallenge"))
                    throw $util.ProtocolError("missing required 'fingerprintChallenge'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "powChallenge"))
                    throw $util.ProtocolError("missing required 'powChallenge'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "cryptoChallenge"))
                    throw $util.ProtocolError("missing required 'cryptoChallenge'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "serverNonce"))
                    throw $util.ProtocolError("missing required 'serverNonce'", { instance: message });
                return message;
            };

            /**
             * Decodes a APChallenge message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.ap.APChallenge
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.ap.APChallenge & spotify.ap.APChallenge.$Shape} APChallenge
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            APChallenge.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a APChallenge message.
             * @function verify
             * @memberof spotify.ap.APChallenge
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            APChallenge.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                {
                    let error = $root.spotify.ap.LoginCryptoChallengeUnion.verify(message.loginCryptoChallenge, _depth + 1);
                    if (error)
                        return "loginCryptoChallenge." + error;
                }
                {
                    let error = $root.spotify.ap.FingerprintChallengeUnion.verify(message.fingerprintChallenge, _depth + 1);
                    if (error)
                        return "fingerprintChallenge." + error;
                }
                {
                    let error = $root.spotify.ap.PoWChallengeUnion.verify(message.powChallenge, _depth + 1);
                    if (error)
                        return "powChallenge." + error;
                }
                {
                    let error = $root.spotify.ap.CryptoChallengeUnion.verify(message.cryptoChallenge, _depth + 1);
                    if (error)
                        return "cryptoChallenge." + error;
                }
                if (!(message.serverNonce && typeof message.serverNonce.length === "number" || $util.isString(message.serverNonce)))
                    return "serverNonce: buffer expected";
                if (message.padding != null && $Object.hasOwnProperty.call(message, "padding"))
                    if (!(message.padding && typeof message.padding.length === "number" || $util.isString(message.padding)))
                        return "padding: buffer expected";
                return null;
            };

            /**
             * Creates a APChallenge message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.ap.APChallenge
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.ap.APChallenge} APChallenge
             */
            APChallenge.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.ap.APChallenge)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.ap.APChallenge: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.spotify.ap.APChallenge();
                if (object.loginCryptoChallenge != null) {
                    if (!$util.isObject(object.loginCryptoChallenge))
                        throw $TypeError(".spotify.ap.APChallenge.loginCryptoChallenge: object expected");
                    message.loginCryptoChallenge = $root.spotify.ap.LoginCryptoChallengeUnion.fromObject(object.loginCryptoChallenge, _depth + 1);
                }
                if (object.fingerprintChallenge != null) {
                    if (!$util.isObject(object.fingerprintChallenge))
                        throw $TypeError(".spotify.ap.APChallenge.fingerprintChallenge: object expected");
                    message.fingerprintChallenge = $root.spotify.ap.FingerprintChallengeUnion.fromObject(object.fingerprintChallenge, _depth + 1);
                }
                if (object.powChallenge != null) {
                    if (!$util.isObject(object.powChallenge))
                        throw $TypeError(".spotify.ap.APChallenge.powChallenge: object expected");
                    message.powChallenge = $root.spotify.ap.PoWChallengeUnion.fromObject(object.powChallenge, _depth + 1);
                }
                if (object.cryptoChallenge != null) {
                    if (!$util.isObject(object.cryptoChallenge))
                        throw $TypeError(".spotify.ap.APChallenge.cryptoChallenge: object expected");
                    message.cryptoChallenge = $root.spotify.ap.CryptoChallengeUnion.fromObject(object.cryptoChallenge, _depth + 1);
                }
                if (object.serverNonce != null)
                    if (typeof object.serverNonce === "string")
                        $util.base64.decode(object.serverNonce, message.serverNonce = $util.newBuffer($util.base64.length(object.serverNonce)), 0);
                    else if (object.serverNonce.length >= 0)
                        message.serverNonce = object.serverNonce;
                if (object.padding != null)
                    if (typeof object.padding === "string")
                        $util.base64.decode(object.padding, message.padding = $util.newBuffer($util.base64.length(object.padding)), 0);
                    else if (object.padding.length >= 0)
                        message.padding = object.padding;
                return message;
            };

            /**
             * Creates a plain object from a APChallenge message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.ap.APChallenge
             * @static
             * @param {spotify.ap.APChallenge} message APChallenge
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            APChallenge.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.loginCryptoChallenge = null;
                    object.fingerprintChallenge = null;
                    object.powChallenge = null;
                    object.cryptoChallenge = null;
                    if (options.bytes === $String)
                        object.serverNonce = "";
                    else {
                        object.serverNonce = [];
                        if (options.bytes !== $Array)
                            object.serverNonce = $util.newBuffer(object.serverNonce);
                    }
                    if (options.bytes === $String)
                        object.padding = "";
                    else {
                        object.padding = [];
                        if (options.bytes !== $Array)
                            object.padding = $util.newBuffer(object.padding);
                    }
                }
                if (message.loginCryptoChallenge != null && $Object.hasOwnProperty.call(message, "loginCryptoChallenge"))
                    object.loginCryptoChallenge = $root.spotify.ap.LoginCryptoChallengeUnion.toObject(message.loginCryptoChallenge, options, _depth + 1);
                if (message.fingerprintChallenge != null && $Object.hasOwnProperty.call(message, "fingerprintChallenge"))
                    object.fingerprintChallenge = $root.spotify.ap.FingerprintChallengeUnion.toObject(message.fingerprintChallenge, options, _depth + 1);
                if (message.powChallenge != null && $Object.hasOwnProperty.call(message, "powChallenge"))
                    object.powChallenge = $root.spotify.ap.PoWChallengeUnion.toObject(message.powChallenge, options, _depth + 1);
                if (message.cryptoChallenge != null && $Object.hasOwnProperty.call(message, "cryptoChallenge"))
                    object.cryptoChallenge = $root.spotify.ap.CryptoChallengeUnion.toObject(message.cryptoChallenge, options, _depth + 1);
                if (message.serverNonce != null && $Object.hasOwnProperty.call(message, "serverNonce"))
                    object.serverNonce = options.bytes === $String ? $util.base64.encode(message.serverNonce, 0, message.serverNonce.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.serverNonce) : message.serverNonce;
                if (message.padding != null && $Object.hasOwnProperty.call(message, "padding"))
                    object.padding = options.bytes === $String ? $util.base64.encode(message.padding, 0, message.padding.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.padding) : message.padding;
                return object;
            };

            /**
             * Converts this APChallenge to JSON.
             * @function toJSON
             * @memberof spotify.ap.APChallenge
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            APChallenge.prototype.toJSON = function() {
                return APChallenge.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for APChallenge
             * @function getTypeUrl
             * @memberof spotify.ap.APChallenge
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            APChallenge.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.ap.APChallenge";
            };

            return APChallenge;
        })();

        ap.UpgradeRequiredMessage = (function() {

            /**
             * Properties of an UpgradeRequiredMessage.
             * @typedef {Object} spotify.ap.UpgradeRequiredMessage.$Properties
             * @property {Uint8Array} upgradeSignedPart UpgradeRequiredMessage upgradeSignedPart
             * @property {Uint8Array} signature UpgradeRequiredMessage signature
             * @property {string|null} [httpSuffix] UpgradeRequiredMessage httpSuffix
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an UpgradeRequiredMessage.
             * @memberof spotify.ap
             * @interface IUpgradeRequiredMessage
             * @augments spotify.ap.UpgradeRequiredMessage.$Properties
             * @deprecated Use spotify.ap.UpgradeRequiredMessage.$Properties instead.
             */

            /**
             * Shape of an UpgradeRequiredMessage.
             * @typedef {spotify.ap.UpgradeRequiredMessage.$Properties} spotify.ap.UpgradeRequiredMessage.$Shape
             */

            /**
             * Constructs a new UpgradeRequiredMessage.
             * @memberof spotify.ap
             * @classdesc Represents an UpgradeRequiredMessage.
             * @constructor
             * @param {spotify.ap.UpgradeRequiredMessage.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const UpgradeRequiredMessage = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * UpgradeRequiredMessage upgradeSignedPart.
             * @member {Uint8Array} upgradeSignedPart
             * @memberof spotify.ap.UpgradeRequiredMessage
             * @instance
             */
            UpgradeRequiredMessage.prototype.upgradeSignedPart = $util.newBuffer([]);

            /**
             * UpgradeRequiredMessage signature.
             * @member {Uint8Array} signature
             * @memberof spotify.ap.UpgradeRequiredMessage
             * @instance
             */
            UpgradeRequiredMessage.prototype.signature = $util.newBuffer([]);

            /**
             * UpgradeRequiredMessage httpSuffix.
             * @member {string} httpSuffix
             * @memberof spotify.ap.UpgradeRequiredMessage
             * @instance
             */
            UpgradeRequiredMessage.prototype.httpSuffix = "";

            /**
             * Creates a new UpgradeRequiredMessage instance using the specified properties.
             * @function create
             * @memberof spotify.ap.UpgradeRequiredMessage
             * @static
             * @param {spotify.ap.UpgradeRequiredMessage.$Properties=} [properties] Properties to set
             * @returns {spotify.ap.UpgradeRequiredMessage} UpgradeRequiredMessage instance
             * @type {{
             *   (properties: spotify.ap.UpgradeRequiredMessage.$Shape): spotify.ap.UpgradeRequiredMessage & spotify.ap.UpgradeRequiredMessage.$Shape;
             *   (properties?: spotify.ap.UpgradeRequiredMessage.$Properties): spotify.ap.UpgradeRequiredMessage;
             * }}
             */
            UpgradeRequiredMessage.create = function(properties) {
                return new UpgradeRequiredMessage(properties);
            };

            /**
             * Encodes the specified UpgradeRequiredMessage message. Does not implicitly {@link spotify.ap.UpgradeRequiredMessage.verify|verify} messages.
             * @function encode
             * @memberof spotify.ap.UpgradeRequiredMessage
             * @static
             * @param {spotify.ap.UpgradeRequiredMessage.$Properties} message UpgradeRequiredMessage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UpgradeRequiredMessage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(/* id 10, wireType 2 =*/82).bytes(message.upgradeSignedPart);
                writer.uint32(/* id 20, wireType 2 =*/162).bytes(message.signature);
                if (message.httpSuffix != null && $Object.hasOwnProperty.call(message, "httpSuffix"))
                    writer.uint32(/* id 30, wireType 2 =*/242).string(message.httpSuffix);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified UpgradeRequiredMessage message, length delimited. Does not implicitly {@link spotify.ap.UpgradeRequiredMessage.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.ap.UpgradeRequiredMessage
             * @static
             * @param {spotify.ap.UpgradeRequiredMessage.$Properties} message UpgradeRequiredMessage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UpgradeRequiredMessage.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an UpgradeRequiredMessage message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.ap.UpgradeRequiredMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.ap.UpgradeRequiredMessage & spotify.ap.UpgradeRequiredMessage.$Shape} UpgradeRequiredMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UpgradeRequiredMessage.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.spotify.ap.UpgradeRequiredMessage();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.upgradeSignedPart = reader.bytes();
                            continue;
                        }
                    case 20: {
                            if (wireType !== 2)
                                break;
                            message.signature = reader.bytes();
                            continue;
                        }
                    case 30: {
                            if (wireType !== 2)
                                break;
                            message.httpSuffix = reader.string();
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                if (!$Object.hasOwnProperty.call(message, "upgradeSignedPart"))
                    throw $util.ProtocolError("missing required 'upgradeSignedPart'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "signature"))
                    throw $util.ProtocolError("missing required 'signature'", { instance: message });
                return message;
            };

            /**
             * Decodes an UpgradeRequiredMessage message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.ap.UpgradeRequiredMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.ap.UpgradeRequiredMessage & spotify.ap.UpgradeRequiredMessage.$Shape} UpgradeRequiredMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UpgradeRequiredMessage.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an UpgradeRequiredMessage message.
             * @function verify
             * @memberof spotify.ap.UpgradeRequiredMessage
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            UpgradeRequiredMessage.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (!(message.upgradeSignedPart && typeof message.upgradeSignedPart.length === "number" || $util.isString(message.upgradeSignedPart)))
                    return "upgradeSignedPart: buffer expected";
                if (!(message.signature && typeof message.signature.length === "number" || $util.isString(message.signature)))
                    return "signature: buffer expected";
                if (message.httpSuffix != null && $Object.hasOwnProperty.call(message, "httpSuffix"))
                    if (!$util.isString(message.httpSuffix))
                        return "httpSuffix: string expected";
                return null;
            };

            /**
             * Creates an UpgradeRequiredMessage message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.ap.UpgradeRequiredMessage
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.ap.UpgradeRequiredMessage} UpgradeRequiredMessage
             */
            UpgradeRequiredMessage.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.ap.UpgradeRequiredMessage)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.ap.UpgradeRequiredMessage: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.spotify.ap.UpgradeRequiredMessage();
                if (object.upgradeSignedPart != null)
                    if (typeof object.upgradeSignedPart === "string")
                        $util.base64.decode(object.upgradeSignedPart, message.upgradeSignedPart = $util.newBuffer($util.base64.length(object.upgradeSignedPart)), 0);
                    else if (object.upgradeSignedPart.length >= 0)
                        message.upgradeSignedPart = object.upgradeSignedPart;
                if (object.signature != null)
                    if (typeof object.signature === "string")
                        $util.base64.decode(object.signature, message.signature = $util.newBuffer($util.base64.length(object.signature)), 0);
                    else if (object.signature.length >= 0)
                        message.signature = object.signature;
                if (object.httpSuffix != null)
                    message.httpSuffix = $String(object.httpSuffix);
                return message;
            };

            /**
             * Creates a plain object from an UpgradeRequiredMessage message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.ap.UpgradeRequiredMessage
             * @static
             * @param {spotify.ap.UpgradeRequiredMessage} message UpgradeRequiredMessage
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            UpgradeRequiredMessage.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.upgradeSignedPart = "";
                    else {
                        object.upgradeSignedPart = [];
                        if (options.bytes !== $Array)
                            object.upgradeSignedPart = $util.newBuffer(object.upgradeSignedPart);
                    }
                    if (options.bytes === $String)
                        object.signature = "";
                    else {
                        object.signature = [];
                        if (options.bytes !== $Array)
                            object.signature = $util.newBuffer(object.signature);
                    }
                    object.httpSuffix = "";
                }
                if (message.upgradeSignedPart != null && $Object.hasOwnProperty.call(message, "upgradeSignedPart"))
                    object.upgradeSignedPart = options.bytes === $String ? $util.base64.encode(message.upgradeSignedPart, 0, message.upgradeSignedPart.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.upgradeSignedPart) : message.upgradeSignedPart;
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                    object.signature = options.bytes === $String ? $util.base64.encode(message.signature, 0, message.signature.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.signature) : message.signature;
                if (message.httpSuffix != null && $Object.hasOwnProperty.call(message, "httpSuffix"))
                    object.httpSuffix = message.httpSuffix;
                return object;
            };

            /**
             * Converts this UpgradeRequiredMessage to JSON.
             * @function toJSON
             * @memberof spotify.ap.UpgradeRequiredMessage
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            UpgradeRequiredMessage.prototype.toJSON = function() {
                return UpgradeRequiredMessage.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for UpgradeRequiredMessage
             * @function getTypeUrl
             * @memberof spotify.ap.UpgradeRequiredMessage
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            UpgradeRequiredMessage.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.ap.UpgradeRequiredMessage";
            };

            return UpgradeRequiredMessage;
        })();

        /**
         * ErrorCode enum.
         * @name spotify.ap.ErrorCode
         * @enum {number}
         * @property {number} ProtocolError=0 ProtocolError value
         * @property {number} TryAnotherAP=2 TryAnotherAP value
         * @property {number} BadConnectionId=5 BadConnectionId value
         * @property {number} TravelRestriction=9 TravelRestriction value
         * @property {number} PremiumAccountRequired=11 PremiumAccountRequired value
         * @property {number} BadCredentials=12 BadCredentials value
         * @property {number} CouldNotValidateCredentials=13 CouldNotValidateCredentials value
         * @property {number} AccountExists=14 AccountExists value
         * @property {number} ExtraVerificationRequired=15 ExtraVerificationRequired value
         * @property {number} InvalidAppKey=16 InvalidAppKey value
         * @property {number} ApplicationBanned=17 ApplicationBanned value
         */
        ap.ErrorCode = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "ProtocolError"] = 0;
            values[valuesById[2] = "TryAnotherAP"] = 2;
            values[valuesById[5] = "BadConnectionId"] = 5;
            values[valuesById[9] = "TravelRestriction"] = 9;
            values[valuesById[11] = "PremiumAccountRequired"] = 11;
            values[valuesById[12] = "BadCredentials"] = 12;
            values[valuesById[13] = "CouldNotValidateCredentials"] = 13;
            values[valuesById[14] = "AccountExists"] = 14;
            values[valuesById[15] = "ExtraVerificationRequired"] = 15;
            values[valuesById[16] = "InvalidAppKey"] = 16;
            values[valuesById[17] = "ApplicationBanned"] = 17;
            return values;
        })();

        ap.APLoginFailed = (function() {

            /**
             * Properties of a APLoginFailed.
             * @typedef {Object} spotify.ap.APLoginFailed.$Properties
             * @property {spotify.ap.ErrorCode} errorCode APLoginFailed errorCode
             * @property {number|null} [retryDelay] APLoginFailed retryDelay
             * @property {number|null} [expiry] APLoginFailed expiry
             * @property {string|null} [errorDescription] APLoginFailed errorDescription
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a APLoginFailed.
             * @memberof spotify.ap
             * @interface IAPLoginFailed
             * @augments spotify.ap.APLoginFailed.$Properties
             * @deprecated Use spotify.ap.APLoginFailed.$Properties instead.
             */

            /**
             * Shape of a APLoginFailed.
             * @typedef {spotify.ap.APLoginFailed.$Properties} spotify.ap.APLoginFailed.$Shape
             */

            /**
             * Constructs a new APLoginFailed.
             * @memberof spotify.ap
             * @classdesc Represents a APLoginFailed.
             * @constructor
             * @param {spotify.ap.APLoginFailed.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const APLoginFailed = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * APLoginFailed errorCode.
             * @member {spotify.ap.ErrorCode} errorCode
             * @memberof spotify.ap.APLoginFailed
             * @instance
             */
            APLoginFailed.prototype.errorCode = 0;

            /**
             * APLoginFailed retryDelay.
             * @member {number} retryDelay
             * @memberof spotify.ap.APLoginFailed
             * @instance
             */
            APLoginFailed.prototype.retryDelay = 0;

            /**
             * APLoginFailed expiry.
             * @member {number} expiry
             * @memberof spotify.ap.APLoginFailed
             * @instance
             */
            APLoginFailed.prototype.expiry = 0;

            /**
             * APLoginFailed errorDescription.
             * @member {string} errorDescription
             * @memberof spotify.ap.APLoginFailed
             * @instance
             */
            APLoginFailed.prototype.errorDescription = "";

            /**
             * Creates a new APLoginFailed instance using the specified properties.
             * @function create
             * @memberof spotify.ap.APLoginFailed
             * @static
             * @param {spotify.ap.APLoginFailed.$Properties=} [properties] Properties to set
             * @returns {spotify.ap.APLoginFailed} APLoginFailed instance
             * @type {{
             *   (properties: spotify.ap.APLoginFailed.$Shape): spotify.ap.APLoginFailed & spotify.ap.APLoginFailed.$Shape;
             *   (properties?: spotify.ap.APLoginFailed.$Properties): spotify.ap.APLoginFailed;
             * }}
             */
            APLoginFailed.create = function(properties) {
                return new APLoginFailed(properties);
            };

            /**
             * Encodes the specified APLoginFailed message. Does not implicitly {@link spotify.ap.APLoginFailed.verify|verify} messages.
             * @function encode
             * @memberof spotify.ap.APLoginFailed
             * @static
             * @param {spotify.ap.APLoginFailed.$Properties} message APLoginFailed message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            APLoginFailed.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(/* id 10, wireType 0 =*/80).int32(message.errorCode);
                if (message.retryDelay != null && $Object.hasOwnProperty.call(message, "retryDelay"))
                    writer.uint32(/* id 20, wireType 0 =*/160).int32(message.retryDelay);
                if (message.expiry != null && $Object.hasOwnProperty.call(message, "expiry"))
                    writer.uint32(/* id 30, wireType 0 =*/240).int32(message.expiry);
                if (message.errorDescription != null && $Object.hasOwnProperty.call(message, "errorDescription"))
                    writer.uint32(/* id 40, wireType 2 =*/322).string(message.errorDescription);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified APLoginFailed message, length delimited. Does not implicitly {@link spotify.ap.APLoginFailed.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.ap.APLoginFailed
             * @static
             * @param {spotify.ap.APLoginFailed.$Properties} message APLoginFailed message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            APLoginFailed.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a APLoginFailed message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.ap.APLoginFailed
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.ap.APLoginFailed & spotify.ap.APLoginFailed.$Shape} APLoginFailed
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            APLoginFailed.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.spotify.ap.APLoginFailed();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 10: {
                            if (wireType !== 0)
                                break;
                            value = reader.int32();
                            if ($root.spotify.ap.ErrorCode[value] !== $undefined)
                                message.errorCode = value;
                            else if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                            continue;
                        }
                    case 20: {
                            if (wireType !== 0)
                                break;
                            message.retryDelay = reader.int32();
                            continue;
                        }
                    case 30: {
                            if (wireType !== 0)
                                break;
                            message.expiry = reader.int32();
                            continue;
                        }
                    case 40: {
                            if (wireType !== 2)
                                break;
                            message.errorDescription = reader.string();
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                if (!$Object.hasOwnProperty.call(message, "errorCode"))
                    throw $util.ProtocolError("missing required 'errorCode'", { instance: message });
                return message;
            };

            /**
             * Decodes a APLoginFailed message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.ap.APLoginFailed
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.ap.APLoginFailed & spotify.ap.APLoginFailed.$Shape} APLoginFailed
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            APLoginFailed.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a APLoginFailed message.
             * @function verify
             * @memberof spotify.ap.APLoginFailed
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            APLoginFailed.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                switch (message.errorCode) {
                default:
                    return "errorCode: enum value expected";
                case 0:
                case 2:
                case 5:
                case 9:
                case 11:
                case 12:
                case 13:
                case 14:
                case 15:
                case 16:
                case 17:
                    break;
                }
                if (message.retryDelay != null && $Object.hasOwnProperty.call(message, "retryDelay"))
                    if (!$util.isInteger(message.retryDelay))
                        return "retryDelay: integer expected";
                if (message.expiry != null && $Object.hasOwnProperty.call(message, "expiry"))
                    if (!$util.isInteger(message.expiry))
                        return "expiry: integer expected";
                if (message.errorDescription != null && $Object.hasOwnProperty.call(message, "errorDescription"))
                    if (!$util.isString(message.errorDescription))
                        return "errorDescription: string expected";
                return null;
            };

            /**
             * Creates a APLoginFailed message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.ap.APLoginFailed
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.ap.APLoginFailed} APLoginFailed
             */
            APLoginFailed.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.ap.APLoginFailed)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.ap.APLoginFailed: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.spotify.ap.APLoginFailed();
                switch (object.errorCode) {
                case "ProtocolError":
                case 0:
                    message.errorCode = 0;
                    break;
                case "TryAnotherAP":
                case 2:
                    message.errorCode = 2;
                    break;
                case "BadConnectionId":
                case 5:
                    message.errorCode = 5;
                    break;
                case "TravelRestriction":
                case 9:
                    message.errorCode = 9;
                    break;
                case "PremiumAccountRequired":
                case 11:
                    message.errorCode = 11;
                    break;
                case "BadCredentials":
                case 12:
                    message.errorCode = 12;
                    break;
                case "CouldNotValidateCredentials":
                case 13:
                    message.errorCode = 13;
                    break;
                case "AccountExists":
                case 14:
                    message.errorCode = 14;
                    break;
                case "ExtraVerificationRequired":
                case 15:
                    message.errorCode = 15;
                    break;
                case "InvalidAppKey":
                case 16:
                    message.errorCode = 16;
                    break;
                case "ApplicationBanned":
                case 17:
                    message.errorCode = 17;
                    break;
                default:
                }
                if (object.retryDelay != null)
                    message.retryDelay = object.retryDelay | 0;
                if (object.expiry != null)
                    message.expiry = object.expiry | 0;
                if (object.errorDescription != null)
                    message.errorDescription = $String(object.errorDescription);
                return message;
            };

            /**
             * Creates a plain object from a APLoginFailed message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.ap.APLoginFailed
             * @static
             * @param {spotify.ap.APLoginFailed} message APLoginFailed
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            APLoginFailed.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.errorCode = options.enums === $String ? "ProtocolError" : 0;
                    object.retryDelay = 0;
                    object.expiry = 0;
                    object.errorDescription = "";
                }
                if (message.errorCode != null && $Object.hasOwnProperty.call(message, "errorCode"))
                    object.errorCode = options.enums === $String ? $root.spotify.ap.ErrorCode[message.errorCode] === $undefined ? message.errorCode : $root.spotify.ap.ErrorCode[message.errorCode] : message.errorCode;
                if (message.retryDelay != null && $Object.hasOwnProperty.call(message, "retryDelay"))
                    object.retryDelay = message.retryDelay;
                if (message.expiry != null && $Object.hasOwnProperty.call(message, "expiry"))
                    object.expiry = message.expiry;
                if (message.errorDescription != null && $Object.hasOwnProperty.call(message, "errorDescription"))
                    object.errorDescription = message.errorDescription;
                return object;
            };

            /**
             * Converts this APLoginFailed to JSON.
             * @function toJSON
             * @memberof spotify.ap.APLoginFailed
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            APLoginFailed.prototype.toJSON = function() {
                return APLoginFailed.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for APLoginFailed
             * @function getTypeUrl
             * @memberof spotify.ap.APLoginFailed
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            APLoginFailed.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.ap.APLoginFailed";
            };

            return APLoginFailed;
        })();

        ap.APResponseMessage = (function() {

            /**
             * Properties of a APResponseMessage.
             * @typedef {Object} spotify.ap.APResponseMessage.$Properties
             * @property {spotify.ap.APChallenge.$Properties|null} [challenge] APResponseMessage challenge
             * @property {spotify.ap.UpgradeRequiredMessage.$Properties|null} [upgrade] APResponseMessage upgrade
             * @property {spotify.ap.APLoginFailed.$Properties|null} [loginFailed] APResponseMessage loginFailed
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a APResponseMessage.
             * @memberof spotify.ap
             * @interface IAPResponseMessage
             * @augments spotify.ap.APResponseMessage.$Properties
             * @deprecated Use spotify.ap.APResponseMessage.$Properties instead.
             */

            /**
             * Shape of a APResponseMessage.
             * @typedef {spotify.ap.APResponseMessage.$Properties} spotify.ap.APResponseMessage.$Shape
             */

            /**
             * Constructs a new APResponseMessage.
             * @memberof spotify.ap
             * @classdesc Represents a APResponseMessage.
             * @constructor
             * @param {spotify.ap.APResponseMessage.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const APResponseMessage = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * APResponseMessage challenge.
             * @member {spotify.ap.APChallenge.$Properties|null|undefined} challenge
             * @memberof spotify.ap.APResponseMessage
             * @instance
             */
            APResponseMessage.prototype.challenge = null;

            /**
             * APResponseMessage upgrade.
             * @member {spotify.ap.UpgradeRequiredMessage.$Properties|null|undefined} upgrade
             * @memberof spotify.ap.APResponseMessage
             * @instance
             */
            APResponseMessage.prototype.upgrade = null;

            /**
             * APResponseMessage loginFailed.
             * @member {spotify.ap.APLoginFailed.$Properties|null|undefined} loginFailed
             * @memberof spotify.ap.APResponseMessage
             * @instance
             */
            APResponseMessage.prototype.loginFailed = null;

            /**
             * Creates a new APResponseMessage instance using the specified properties.
             * @function create
             * @memberof spotify.ap.APResponseMessage
             * @static
             * @param {spotify.ap.APResponseMessage.$Properties=} [properties] Properties to set
             * @returns {spotify.ap.APResponseMessage} APResponseMessage instance
             * @type {{
             *   (properties: spotify.ap.APResponseMessage.$Shape): spotify.ap.APResponseMessage & spotify.ap.APResponseMessage.$Shape;
             *   (properties?: spotify.ap.APResponseMessage.$Properties): spotify.ap.APResponseMessage;
             * }}
             */
            APResponseMessage.create = function(properties) {
                return new APResponseMessage(properties);
            };

            /**
             * Encodes the specified APResponseMessage message. Does not implicitly {@link spotify.ap.APResponseMessage.verify|verify} messages.
             * @function encode
             * @memberof spotify.ap.APResponseMessage
             * @static
             * @param {spotify.ap.APResponseMessage.$Properties} message APResponseMessage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            APResponseMessage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.challenge != null && $Object.hasOwnProperty.call(message, "challenge"))
                    $root.spotify.ap.APChallenge.encode(message.challenge, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.upgrade != null && $Object.hasOwnProperty.call(message, "upgrade"))
                    $root.spotify.ap.UpgradeRequiredMessage.encode(message.upgrade, writer.uint32(/* id 20, wireType 2 =*/162).fork(), _depth + 1).ldelim();
                if (message.loginFailed != null && $Object.hasOwnProperty.call(message, "loginFailed"))
                    $root.spotify.ap.APLoginFailed.encode(message.loginFailed, writer.uint32(/* id 30, wireType 2 =*/242).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified APResponseMessage message, length delimited. Does not implicitly {@link spotify.ap.APResponseMessage.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.ap.APResponseMessage
             * @static
             * @param {spotify.ap.APResponseMessage.$Properties} message APResponseMessage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            APResponseMessage.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a APResponseMessage message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.ap.APResponseMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.ap.APResponseMessage & spotify.ap.APResponseMessage.$Shape} APResponseMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            APResponseMessage.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.spotify.ap.APResponseMessage();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.challenge = $root.spotify.ap.APChallenge.decode(reader, reader.size(), $undefined, _depth + 1, message.challenge);
                            continue;
                        }
                    case 20: {
                            if (wireType !== 2)
                                break;
                            message.upgrade = $root.spotify.ap.UpgradeRequiredMessage.decode(reader, reader.size(), $undefined, _depth + 1, message.upgrade);
                            continue;
                        }
                    case 30: {
                            if (wireType !== 2)
                                break;
                            message.loginFailed = $root.spotify.ap.APLoginFailed.decode(reader, reader.size(), $undefined, _depth + 1, message.loginFailed);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a APResponseMessage message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.ap.APResponseMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.ap.APResponseMessage & spotify.ap.APResponseMessage.$Shape} APResponseMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            APResponseMessage.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a APResponseMessage message.
             * @function verify
             * @memberof spotify.ap.APResponseMessage
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            APResponseMessage.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.challenge != null && $Object.hasOwnProperty.call(message, "challenge")) {
                    let error = $root.spotify.ap.APChallenge.verify(message.challenge, _depth + 1);
                    if (error)
                        return "challenge." + error;
                }
                if (message.upgrade != null && $Object.hasOwnProperty.call(message, "upgrade")) {
                    let error = $root.spotify.ap.UpgradeRequiredMessage.verify(message.upgrade, _depth + 1);
                    if (error)
                        return "upgrade." + error;
                }
                if (message.loginFailed != null && $Object.hasOwnProperty.call(message, "loginFailed")) {
                    let error = $root.spotify.ap.APLoginFailed.verify(message.loginFailed, _depth + 1);
                    if (error)
                        return "loginFailed." + error;
                }
                return null;
            };

            /**
             * Creates a APResponseMessage message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.ap.APResponseMessage
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.ap.APResponseMessage} APResponseMessage
             */
            APResponseMessage.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.ap.APResponseMessage)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.ap.APResponseMessage: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.spotify.ap.APResponseMessage();
                if (object.challenge != null) {
                    if (!$util.isObject(object.challenge))
                        throw $TypeError(".spotify.ap.APResponseMessage.challenge: object expected");
                    message.challenge = $root.spotify.ap.APChallenge.fromObject(object.challenge, _depth + 1);
                }
                if (object.upgrade != null) {
                    if (!$util.isObject(object.upgrade))
                        throw $TypeError(".spotify.ap.APResponseMessage.upgrade: object expected");
                    message.upgrade = $root.spotify.ap.UpgradeRequiredMessage.fromObject(object.upgrade, _depth + 1);
                }
                if (object.loginFailed != null) {
                    if (!$util.isObject(object.loginFailed))
                        throw $TypeError(".spotify.ap.APResponseMessage.loginFailed: object expected");
                    message.loginFailed = $root.spotify.ap.APLoginFailed.fromObject(object.loginFailed, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a APResponseMessage message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.ap.APResponseMessage
             * @static
             * @param {spotify.ap.APResponseMessage} message APResponseMessage
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            APResponseMessage.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.challenge = null;
                    object.upgrade = null;
                    object.loginFailed = null;
                }
                if (message.challenge != null && $Object.hasOwnProperty.call(message, "challenge"))
                    object.challenge = $root.spotify.ap.APChallenge.toObject(message.challenge, options, _depth + 1);
                if (message.upgrade != null && $Object.hasOwnProperty.call(message, "upgrade"))
                    object.upgrade = $root.spotify.ap.UpgradeRequiredMessage.toObject(message.upgrade, options, _depth + 1);
                if (message.loginFailed != null && $Object.hasOwnProperty.call(message, "loginFailed"))
                    object.loginFailed = $root.spotify.ap.APLoginFailed.toObject(message.loginFailed, options, _depth + 1);
                return object;
            };

            /**
             * Converts this APResponseMessage to JSON.
             * @function toJSON
             * @memberof spotify.ap.APResponseMessage
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            APResponseMessage.prototype.toJSON = function() {
                return APResponseMessage.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for APResponseMessage
             * @function getTypeUrl
             * @memberof spotify.ap.APResponseMessage
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            APResponseMessage.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.ap.APResponseMessage";
            };

            return APResponseMessage;
        })();

        ap.LoginCryptoDiffieHellmanResponse = (function() {

            /**
             * Properties of a LoginCryptoDiffieHellmanResponse.
             * @typedef {Object} spotify.ap.LoginCryptoDiffieHellmanResponse.$Properties
             * @property {Uint8Array} hmac LoginCryptoDiffieHellmanResponse hmac
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LoginCryptoDiffieHellmanResponse.
             * @memberof spotify.ap
             * @interface ILoginCryptoDiffieHellmanResponse
             * @augments spotify.ap.LoginCryptoDiffieHellmanResponse.$Properties
             * @deprecated Use spotify.ap.LoginCryptoDiffieHellmanResponse.$Properties instead.
             */

            /**
             * Shape of a LoginCryptoDiffieHellmanResponse.
             * @typedef {spotify.ap.LoginCryptoDiffieHellmanResponse.$Properties} spotify.ap.LoginCryptoDiffieHellmanResponse.$Shape
             */

            /**
             * Constructs a new LoginCryptoDiffieHellmanResponse.
             * @memberof spotify.ap
             * @classdesc Represents a LoginCryptoDiffieHellmanResponse.
             * @constructor
             * @param {spotify.ap.LoginCryptoDiffieHellmanResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LoginCryptoDiffieHellmanResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LoginCryptoDiffieHellmanResponse hmac.
             * @member {Uint8Array} hmac
             * @memberof spotify.ap.LoginCryptoDiffieHellmanResponse
             * @instance
             */
            LoginCryptoDiffieHellmanResponse.prototype.hmac = $util.newBuffer([]);

            /**
             * Creates a new LoginCryptoDiffieHellmanResponse instance using the specified properties.
             * @function create
             * @memberof spotify.ap.LoginCryptoDiffieHellmanResponse
             * @static
             * @param {spotify.ap.LoginCryptoDiffieHellmanResponse.$Properties=} [properties] Properties to set
             * @returns {spotify.ap.LoginCryptoDiffieHellmanResponse} LoginCryptoDiffieHellmanResponse instance
             * @type {{
             *   (properties: spotify.ap.LoginCryptoDiffieHellmanResponse.$Shape): spotify.ap.LoginCryptoDiffieHellmanResponse & spotify.ap.LoginCryptoDiffieHellmanResponse.$Shape;
             *   (properties?: spotify.ap.LoginCryptoDiffieHellmanResponse.$Properties): spotify.ap.LoginCryptoDiffieHellmanResponse;
             * }}
             */
            LoginCryptoDiffieHellmanResponse.create = function(properties) {
                return new LoginCryptoDiffieHellmanResponse(properties);
            };

            /**
             * Encodes the specified LoginCryptoDiffieHellmanResponse message. Does not implicitly {@link spotify.ap.LoginCryptoDiffieHellmanResponse.verify|verify} messages.
             * @function encode
             * @memberof spotify.ap.LoginCryptoDiffieHellmanResponse
             * @static
             * @param {spotify.ap.LoginCryptoDiffieHellmanResponse.$Properties} message LoginCryptoDiffieHellmanResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LoginCryptoDiffieHellmanResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(/* id 10, wireType 2 =*/82).bytes(message.hmac);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified LoginCryptoDiffieHellmanResponse message, length delimited. Does not implicitly {@link spotify.ap.LoginCryptoDiffieHellmanResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.ap.LoginCryptoDiffieHellmanResponse
             * @static
             * @param {spotify.ap.LoginCryptoDiffieHellmanResponse.$Properties} message LoginCryptoDiffieHellmanResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LoginCryptoDiffieHellmanResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a LoginCryptoDiffieHellmanResponse message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.ap.LoginCryptoDiffieHellmanResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.ap.LoginCryptoDiffieHellmanResponse & spotify.ap.LoginCryptoDiffieHellmanResponse.$Shape} LoginCryptoDiffieHellmanResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LoginCryptoDiffieHellmanResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.spotify.ap.LoginCryptoDiffieHellmanResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.hmac = reader.bytes();
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                if (!$Object.hasOwnProperty.call(message, "hmac"))
                    throw $util.ProtocolError("missing required 'hmac'", { instance: message });
                return message;
            };

            /**
             * Decodes a LoginCryptoDiffieHellmanResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.ap.LoginCryptoDiffieHellmanResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.ap.LoginCryptoDiffieHellmanResponse & spotify.ap.LoginCryptoDiffieHellmanResponse.$Shape} LoginCryptoDiffieHellmanResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LoginCryptoDiffieHellmanResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a LoginCryptoDiffieHellmanResponse message.
             * @function verify
             * @memberof spotify.ap.LoginCryptoDiffieHellmanResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            LoginCryptoDiffieHellmanResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (!(message.hmac && typeof message.hmac.length === "number" || $util.isString(message.hmac)))
                    return "hmac: buffer expected";
                return null;
            };

            /**
             * Creates a LoginCryptoDiffieHellmanResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.ap.LoginCryptoDiffieHellmanResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.ap.LoginCryptoDiffieHellmanResponse} LoginCryptoDiffieHellmanResponse
             */
            LoginCryptoDiffieHellmanResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.ap.LoginCryptoDiffieHellmanResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.ap.LoginCryptoDiffieHellmanResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.spotify.ap.LoginCryptoDiffieHellmanResponse();
                if (object.hmac != null)
                    if (typeof object.hmac === "string")
                        $util.base64.decode(object.hmac, message.hmac = $util.newBuffer($util.base64.length(object.hmac)), 0);
                    else if (object.hmac.length >= 0)
                        message.hmac = object.hmac;
                return message;
            };

            /**
             * Creates a plain object from a LoginCryptoDiffieHellmanResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.ap.LoginCryptoDiffieHellmanResponse
             * @static
             * @param {spotify.ap.LoginCryptoDiffieHellmanResponse} message LoginCryptoDiffieHellmanResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LoginCryptoDiffieHellmanResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if (options.bytes === $String)
                        object.hmac = "";
                    else {
                        object.hmac = [];
                        if (options.bytes !== $Array)
                            object.hmac = $util.newBuffer(object.hmac);
                    }
                if (message.hmac != null && $Object.hasOwnProperty.call(message, "hmac"))
                    object.hmac = options.bytes === $String ? $util.base64.encode(message.hmac, 0, message.hmac.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.hmac) : message.hmac;
                return object;
            };

            /**
             * Converts this LoginCryptoDiffieHellmanResponse to JSON.
             * @function toJSON
             * @memberof spotify.ap.LoginCryptoDiffieHellmanResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LoginCryptoDiffieHellmanResponse.prototype.toJSON = function() {
                return LoginCryptoDiffieHellmanResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for LoginCryptoDiffieHellmanResponse
             * @function getTypeUrl
             * @memberof spotify.ap.LoginCryptoDiffieHellmanResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LoginCryptoDiffieHellmanResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.ap.LoginCryptoDiffieHellmanResponse";
            };

            return LoginCryptoDiffieHellmanResponse;
        })();

        ap.LoginCryptoResponseUnion = (function() {

            /**
             * Properties of a LoginCryptoResponseUnion.
             * @typedef {Object} spotify.ap.LoginCryptoResponseUnion.$Properties
             * @property {spotify.ap.LoginCryptoDiffieHellmanResponse.$Properties|null} [diffieHellman] LoginCryptoResponseUnion diffieHellman
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LoginCryptoResponseUnion.
             * @memberof spotify.ap
             * @interface ILoginCryptoResponseUnion
             * @augments spotify.ap.LoginCryptoResponseUnion.$Properties
             * @deprecated Use spotify.ap.LoginCryptoResponseUnion.$Properties instead.
             */

            /**
             * Shape of a LoginCryptoResponseUnion.
             * @typedef {spotify.ap.LoginCryptoResponseUnion.$Properties} spotify.ap.LoginCryptoResponseUnion.$Shape
             */

            /**
             * Constructs a new LoginCryptoResponseUnion.
             * @memberof spotify.ap
             * @classdesc Represents a LoginCryptoResponseUnion.
             * @constructor
             * @param {spotify.ap.LoginCryptoResponseUnion.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LoginCryptoResponseUnion = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LoginCryptoResponseUnion diffieHellman.
             * @member {spotify.ap.LoginCryptoDiffieHellmanResponse.$Properties|null|undefined} diffieHellman
             * @memberof spotify.ap.LoginCryptoResponseUnion
             * @instance
             */
            LoginCryptoResponseUnion.prototype.diffieHellman = null;

            /**
             * Creates a new LoginCryptoResponseUnion instance using the specified properties.
             * @function create
             * @memberof spotify.ap.LoginCryptoResponseUnion
             * @static
             * @param {spotify.ap.LoginCryptoResponseUnion.$Properties=} [properties] Properties to set
             * @returns {spotify.ap.LoginCryptoResponseUnion} LoginCryptoResponseUnion instance
             * @type {{
             *   (properties: spotify.ap.LoginCryptoResponseUnion.$Shape): spotify.ap.LoginCryptoResponseUnion & spotify.ap.LoginCryptoResponseUnion.$Shape;
             *   (properties?: spotify.ap.LoginCryptoResponseUnion.$Properties): spotify.ap.LoginCryptoResponseUnion;
             * }}
             */
            LoginCryptoResponseUnion.create = function(properties) {
                return new LoginCryptoResponseUnion(properties);
            };

            /**
             * Encodes the specified LoginCryptoResponseUnion message. Does not implicitly {@link spotify.ap.LoginCryptoResponseUnion.verify|verify} messages.
             * @function encode
             * @memberof spotify.ap.LoginCryptoResponseUnion
             * @static
             * @param {spotify.ap.LoginCryptoResponseUnion.$Properties} message LoginCryptoResponseUnion message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LoginCryptoResponseUnion.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.diffieHellman != null && $Object.hasOwnProperty.call(message, "diffieHellman"))
                    $root.spotify.ap.LoginCryptoDiffieHellmanResponse.encode(message.diffieHellman, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified LoginCryptoResponseUnion message, length delimited. Does not implicitly {@link spotify.ap.LoginCryptoResponseUnion.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.ap.LoginCryptoResponseUnion
             * @static
             * @param {spotify.ap.LoginCryptoResponseUnion.$Properties} message LoginCryptoResponseUnion message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LoginCryptoResponseUnion.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a LoginCryptoResponseUnion message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.ap.LoginCryptoResponseUnion
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.ap.LoginCryptoResponseUnion & spotify.ap.LoginCryptoResponseUnion.$Shape} LoginCryptoResponseUnion
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LoginCryptoResponseUnion.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.spotify.ap.LoginCryptoResponseUnion();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.diffieHellman = $root.spotify.ap.LoginCryptoDiffieHellmanResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.diffieHellman);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a LoginCryptoResponseUnion message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.ap.LoginCryptoResponseUnion
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.ap.LoginCryptoResponseUnion & spotify.ap.LoginCryptoResponseUnion.$Shape} LoginCryptoResponseUnion
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LoginCryptoResponseUnion.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a LoginCryptoResponseUnion message.
             * @function verify
             * @memberof spotify.ap.LoginCryptoResponseUnion
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            LoginCryptoResponseUnion.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.diffieHellman != null && $Object.hasOwnProperty.call(message, "diffieHellman")) {
                    let error = $root.spotify.ap.LoginCryptoDiffieHellmanResponse.verify(message.diffieHellman, _depth + 1);
                    if (error)
                        return "diffieHellman." + error;
                }
                return null;
            };

            /**
             * Creates a LoginCryptoResponseUnion message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.ap.LoginCryptoResponseUnion
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.ap.LoginCryptoResponseUnion} LoginCryptoResponseUnion
             */
            LoginCryptoResponseUnion.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.ap.LoginCryptoResponseUnion)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.ap.LoginCryptoResponseUnion: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.spotify.ap.LoginCryptoResponseUnion();
                if (object.diffieHellman != null) {
                    if (!$util.isObject(object.diffieHellman))
                        throw $TypeError(".spotify.ap.LoginCryptoResponseUnion.diffieHellman: object expected");
                    message.diffieHellman = $root.spotify.ap.LoginCryptoDiffieHellmanResponse.fromObject(object.diffieHellman, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a LoginCryptoResponseUnion message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.ap.LoginCryptoResponseUnion
             * @static
             * @param {spotify.ap.LoginCryptoResponseUnion} message LoginCryptoResponseUnion
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LoginCryptoResponseUnion.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.diffieHellman = null;
                if (message.diffieHellman != null && $Object.hasOwnProperty.call(message, "diffieHellman"))
                    object.diffieHellman = $root.spotify.ap.LoginCryptoDiffieHellmanResponse.toObject(message.diffieHellman, options, _depth + 1);
                return object;
            };

            /**
             * Converts this LoginCryptoResponseUnion to JSON.
             * @function toJSON
             * @memberof spotify.ap.LoginCryptoResponseUnion
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LoginCryptoResponseUnion.prototype.toJSON = function() {
                return LoginCryptoResponseUnion.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for LoginCryptoResponseUnion
             * @function getTypeUrl
             * @memberof spotify.ap.LoginCryptoResponseUnion
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LoginCryptoResponseUnion.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.ap.LoginCryptoResponseUnion";
            };

            return LoginCryptoResponseUnion;
        })();

        ap.PoWHashCashResponse = (function() {

            /**
             * Properties of a PoWHashCashResponse.
             * @typedef {Object} spotify.ap.PoWHashCashResponse.$Properties
             * @property {Uint8Array} hashSuffix PoWHashCashResponse hashSuffix
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PoWHashCashResponse.
             * @memberof spotify.ap
             * @interface IPoWHashCashResponse
             * @augments spotify.ap.PoWHashCashResponse.$Properties
             * @deprecated Use spotify.ap.PoWHashCashResponse.$Properties instead.
             */

            /**
             * Shape of a PoWHashCashResponse.
             * @typedef {spotify.ap.PoWHashCashResponse.$Properties} spotify.ap.PoWHashCashResponse.$Shape
             */

            /**
             * Constructs a new PoWHashCashResponse.
             * @memberof spotify.ap
             * @classdesc Represents a PoWHashCashResponse.
             * @constructor
             * @param {spotify.ap.PoWHashCashResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PoWHashCashResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PoWHashCashResponse hashSuffix.
             * @member {Uint8Array} hashSuffix
             * @memberof spotify.ap.PoWHashCashResponse
             * @instance
             */
            PoWHashCashResponse.prototype.hashSuffix = $util.newBuffer([]);

            /**
             * Creates a new PoWHashCashResponse instance using the specified properties.
             * @function create
             * @memberof spotify.ap.PoWHashCashResponse
             * @static
             * @param {spotify.ap.PoWHashCashResponse.$Properties=} [properties] Properties to set
             * @returns {spotify.ap.PoWHashCashResponse} PoWHashCashResponse instance
             * @type {{
             *   (properties: spotify.ap.PoWHashCashResponse.$Shape): spotify.ap.PoWHashCashResponse & spotify.ap.PoWHashCashResponse.$Shape;
             *   (properties?: spotify.ap.PoWHashCashResponse.$Properties): spotify.ap.PoWHashCashResponse;
             * }}
             */
            PoWHashCashResponse.create = function(properties) {
                return new PoWHashCashResponse(properties);
            };

            /**
             * Encodes the specified PoWHashCashResponse message. Does not implicitly {@link spotify.ap.PoWHashCashResponse.verify|verify} messages.
             * @function encode
             * @memberof spotify.ap.PoWHashCashResponse
             * @static
             * @param {spotify.ap.PoWHashCashResponse.$Properties} message PoWHashCashResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PoWHashCashResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(/* id 10, wireType 2 =*/82).bytes(message.hashSuffix);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified PoWHashCashResponse message, length delimited. Does not implicitly {@link spotify.ap.PoWHashCashResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.ap.PoWHashCashResponse
             * @static
             * @param {spotify.ap.PoWHashCashResponse.$Properties} message PoWHashCashResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PoWHashCashResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a PoWHashCashResponse message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.ap.PoWHashCashResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.ap.PoWHashCashResponse & spotify.ap.PoWHashCashResponse.$Shape} PoWHashCashResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PoWHashCashResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.spotify.ap.PoWHashCashResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.hashSuffix = reader.bytes();
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                if (!$Object.hasOwnProperty.call(message, "hashSuffix"))
                    throw $util.ProtocolError("missing required 'hashSuffix'", { instance: message });
                return message;
            };

            /**
             * Decodes a PoWHashCashResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.ap.PoWHashCashResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.ap.PoWHashCashResponse & spotify.ap.PoWHashCashResponse.$Shape} PoWHashCashResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PoWHashCashResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a PoWHashCashResponse message.
             * @function verify
             * @memberof spotify.ap.PoWHashCashResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PoWHashCashResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (!(message.hashSuffix && typeof message.hashSuffix.length === "number" || $util.isString(message.hashSuffix)))
                    return "hashSuffix: buffer expected";
                return null;
            };

            /**
             * Creates a PoWHashCashResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.ap.PoWHashCashResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.ap.PoWHashCashResponse} PoWHashCashResponse
             */
            PoWHashCashResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.ap.PoWHashCashResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.ap.PoWHashCashResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.spotify.ap.PoWHashCashResponse();
                if (object.hashSuffix != null)
                    if (typeof object.hashSuffix === "string")
                        $util.base64.decode(object.hashSuffix, message.hashSuffix = $util.newBuffer($util.base64.length(object.hashSuffix)), 0);
                    else if (object.hashSuffix.length >= 0)
                        message.hashSuffix = object.hashSuffix;
                return message;
            };

            /**
             * Creates a plain object from a PoWHashCashResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.ap.PoWHashCashResponse
             * @static
             * @param {spotify.ap.PoWHashCashResponse} message PoWHashCashResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PoWHashCashResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if (options.bytes === $String)
                        object.hashSuffix = "";
                    else {
                        object.hashSuffix = [];
                        if (options.bytes !== $Array)
                            object.hashSuffix = $util.newBuffer(object.hashSuffix);
                    }
                if (message.hashSuffix != null && $Object.hasOwnProperty.call(message, "hashSuffix"))
                    object.hashSuffix = options.bytes === $String ? $util.base64.encode(message.hashSuffix, 0, message.hashSuffix.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.hashSuffix) : message.hashSuffix;
                return object;
            };

            /**
             * Converts this PoWHashCashResponse to JSON.
             * @function toJSON
             * @memberof spotify.ap.PoWHashCashResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PoWHashCashResponse.prototype.toJSON = function() {
                return PoWHashCashResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PoWHashCashResponse
             * @function getTypeUrl
             * @memberof spotify.ap.PoWHashCashResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PoWHashCashResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.ap.PoWHashCashResponse";
            };

            return PoWHashCashResponse;
        })();

        ap.PoWResponseUnion = (function() {

            /**
             * Properties of a PoWResponseUnion.
             * @typedef {Object} spotify.ap.PoWResponseUnion.$Properties
             * @property {spotify.ap.PoWHashCashResponse.$Properties|null} [hashCash] PoWResponseUnion hashCash
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PoWResponseUnion.
             * @memberof spotify.ap
             * @interface IPoWResponseUnion
             * @augments spotify.ap.PoWResponseUnion.$Properties
             * @deprecated Use spotify.ap.PoWResponseUnion.$Properties instead.
             */

            /**
             * Shape of a PoWResponseUnion.
             * @typedef {spotify.ap.PoWResponseUnion.$Properties} spotify.ap.PoWResponseUnion.$Shape
             */

            /**
             * Constructs a new PoWResponseUnion.
             * @memberof spotify.ap
             * @classdesc Represents a PoWResponseUnion.
             * @constructor
             * @param {spotify.ap.PoWResponseUnion.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PoWResponseUnion = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PoWResponseUnion hashCash.
             * @member {spotify.ap.PoWHashCashResponse.$Properties|null|undefined} hashCash
             * @memberof spotify.ap.PoWResponseUnion
             * @instance
             */
            PoWResponseUnion.prototype.hashCash = null;

            /**
             * Creates a new PoWResponseUnion instance using the specified properties.
             * @function create
             * @memberof spotify.ap.PoWResponseUnion
             * @static
             * @param {spotify.ap.PoWResponseUnion.$Properties=} [properties] Properties to set
             * @returns {spotify.ap.PoWResponseUnion} PoWResponseUnion instance
             * @type {{
             *   (properties: spotify.ap.PoWResponseUnion.$Shape): spotify.ap.PoWResponseUnion & spotify.ap.PoWResponseUnion.$Shape;
             *   (properties?: spotify.ap.PoWResponseUnion.$Properties): spotify.ap.PoWResponseUnion;
             * }}
             */
            PoWResponseUnion.create = function(properties) {
                return new PoWResponseUnion(properties);
            };

            /**
             * Encodes the specified PoWResponseUnion message. Does not implicitly {@link spotify.ap.PoWResponseUnion.verify|verify} messages.
             * @function encode
             * @memberof spotify.ap.PoWResponseUnion
             * @static
             * @param {spotify.ap.PoWResponseUnion.$Properties} message PoWResponseUnion message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PoWResponseUnion.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.hashCash != null && $Object.hasOwnProperty.call(message, "hashCash"))
                    $root.spotify.ap.PoWHashCashResponse.encode(message.hashCash, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified PoWResponseUnion message, length delimited. Does not implicitly {@link spotify.ap.PoWResponseUnion.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.ap.PoWResponseUnion
             * @static
             * @param {spotify.ap.PoWResponseUnion.$Properties} message PoWResponseUnion message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PoWResponseUnion.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a PoWResponseUnion message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.ap.PoWResponseUnion
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.ap.PoWResponseUnion & spotify.ap.PoWResponseUnion.$Shape} PoWResponseUnion
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PoWResponseUnion.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.spotify.ap.PoWResponseUnion();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.hashCash = $root.spotify.ap.PoWHashCashResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.hashCash);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a PoWResponseUnion message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.ap.PoWResponseUnion
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.ap.PoWResponseUnion & spotify.ap.PoWResponseUnion.$Shape} PoWResponseUnion
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PoWResponseUnion.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a PoWResponseUnion message.
             * @function verify
             * @memberof spotify.ap.PoWResponseUnion
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PoWResponseUnion.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.hashCash != null && $Object.hasOwnProperty.call(message, "hashCash")) {
                    let error = $root.spotify.ap.PoWHashCashResponse.verify(message.hashCash, _depth + 1);
                    if (error)
                        return "hashCash." + error;
                }
                return null;
            };

            /**
             * Creates a PoWResponseUnion message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.ap.PoWResponseUnion
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.ap.PoWResponseUnion} PoWResponseUnion
             */
            PoWResponseUnion.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.ap.PoWResponseUnion)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.ap.PoWResponseUnion: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.spotify.ap.PoWResponseUnion();
                if (object.hashCash != null) {
                    if (!$util.isObject(object.hashCash))
                        throw $TypeError(".spotify.ap.PoWResponseUnion.hashCash: object expected");
                    message.hashCash = $root.spotify.ap.PoWHashCashResponse.fromObject(object.hashCash, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a PoWResponseUnion message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.ap.PoWResponseUnion
             * @static
             * @param {spotify.ap.PoWResponseUnion} message PoWResponseUnion
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PoWResponseUnion.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.hashCash = null;
                if (message.hashCash != null && $Object.hasOwnProperty.call(message, "hashCash"))
                    object.hashCash = $root.spotify.ap.PoWHashCashResponse.toObject(message.hashCash, options, _depth + 1);
                return object;
            };

            /**
             * Converts this PoWResponseUnion to JSON.
             * @function toJSON
             * @memberof spotify.ap.PoWResponseUnion
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PoWResponseUnion.prototype.toJSON = function() {
                return PoWResponseUnion.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PoWResponseUnion
             * @function getTypeUrl
             * @memberof spotify.ap.PoWResponseUnion
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PoWResponseUnion.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.ap.PoWResponseUnion";
            };

            return PoWResponseUnion;
        })();

        ap.CryptoResponseUnion = (function() {

            /**
             * Properties of a CryptoResponseUnion.
             * @typedef {Object} spotify.ap.CryptoResponseUnion.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CryptoResponseUnion.
             * @memberof spotify.ap
             * @interface ICryptoResponseUnion
             * @augments spotify.ap.CryptoResponseUnion.$Properties
             * @deprecated Use spotify.ap.CryptoResponseUnion.$Properties instead.
             */

            /**
             * Shape of a CryptoResponseUnion.
             * @typedef {spotify.ap.CryptoResponseUnion.$Properties} spotify.ap.CryptoResponseUnion.$Shape
             */

            /**
             * Constructs a new CryptoResponseUnion.
             * @memberof spotify.ap
             * @classdesc Represents a CryptoResponseUnion.
             * @constructor
             * @param {spotify.ap.CryptoResponseUnion.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CryptoResponseUnion = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new CryptoResponseUnion instance using the specified properties.
             * @function create
             * @memberof spotify.ap.CryptoResponseUnion
             * @static
             * @param {spotify.ap.CryptoResponseUnion.$Properties=} [properties] Properties to set
             * @returns {spotify.ap.CryptoResponseUnion} CryptoResponseUnion instance
             * @type {{
             *   (properties: spotify.ap.CryptoResponseUnion.$Shape): spotify.ap.CryptoResponseUnion & spotify.ap.CryptoResponseUnion.$Shape;
             *   (properties?: spotify.ap.CryptoResponseUnion.$Properties): spotify.ap.CryptoResponseUnion;
             * }}
             */
            CryptoResponseUnion.create = function(properties) {
                return new CryptoResponseUnion(properties);
            };

            /**
             * Encodes the specified CryptoResponseUnion message. Does not implicitly {@link spotify.ap.CryptoResponseUnion.verify|verify} messages.
             * @function encode
             * @memberof spotify.ap.CryptoResponseUnion
             * @static
             * @param {spotify.ap.CryptoResponseUnion.$Properties} message CryptoResponseUnion message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CryptoResponseUnion.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified CryptoResponseUnion message, length delimited. Does not implicitly {@link spotify.ap.CryptoResponseUnion.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.ap.CryptoResponseUnion
             * @static
             * @param {spotify.ap.CryptoResponseUnion.$Properties} message CryptoResponseUnion message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CryptoResponseUnion.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a CryptoResponseUnion message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.ap.CryptoResponseUnion
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.ap.CryptoResponseUnion & spotify.ap.CryptoResponseUnion.$Shape} CryptoResponseUnion
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CryptoResponseUnion.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.spotify.ap.CryptoResponseUnion();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a CryptoResponseUnion message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.ap.CryptoResponseUnion
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.ap.CryptoResponseUnion & spotify.ap.CryptoResponseUnion.$Shape} CryptoResponseUnion
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CryptoResponseUnion.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a CryptoResponseUnion message.
             * @function verify
             * @memberof spotify.ap.CryptoResponseUnion
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CryptoResponseUnion.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            /**
             * Creates a CryptoResponseUnion message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.ap.CryptoResponseUnion
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.ap.CryptoResponseUnion} CryptoResponseUnion
             */
            CryptoResponseUnion.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.ap.CryptoResponseUnion)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.ap.CryptoResponseUnion: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.spotify.ap.CryptoResponseUnion();
            };

            /**
             * Creates a plain object from a CryptoResponseUnion message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.ap.CryptoResponseUnion
             * @static
             * @param {spotify.ap.CryptoResponseUnion} message CryptoResponseUnion
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CryptoResponseUnion.toObject = function () {
                return {};
            };

            /**
             * Converts this CryptoResponseUnion to JSON.
             * @function toJSON
             * @memberof spotify.ap.CryptoResponseUnion
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CryptoResponseUnion.prototype.toJSON = function() {
                return CryptoResponseUnion.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CryptoResponseUnion
             * @function getTypeUrl
             * @memberof spotify.ap.CryptoResponseUnion
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CryptoResponseUnion.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.ap.CryptoResponseUnion";
            };

            return CryptoResponseUnion;
        })();

        ap.ClientResponsePlaintext = (function() {

            /**
             * Properties of a ClientResponsePlaintext.
             * @typedef {Object} spotify.ap.ClientResponsePlaintext.$Properties
             * @property {spotify.ap.LoginCryptoResponseUnion.$Properties} loginCryptoResponse ClientResponsePlaintext loginCryptoResponse
             * @property {spotify.ap.PoWResponseUnion.$Properties} powResponse ClientResponsePlaintext powResponse
             * @property {spotify.ap.CryptoResponseUnion.$Properties} cryptoResponse ClientResponsePlaintext cryptoResponse
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ClientResponsePlaintext.
             * @memberof spotify.ap
             * @interface IClientResponsePlaintext
             * @augments spotify.ap.ClientResponsePlaintext.$Properties
             * @deprecated Use spotify.ap.ClientResponsePlaintext.$Properties instead.
             */

            /**
             * Shape of a ClientResponsePlaintext.
             * @typedef {spotify.ap.ClientResponsePlaintext.$Properties} spotify.ap.ClientResponsePlaintext.$Shape
             */

            /**
             * Constructs a new ClientResponsePlaintext.
             * @memberof spotify.ap
             * @classdesc Represents a ClientResponsePlaintext.
             * @constructor
             * @param {spotify.ap.ClientResponsePlaintext.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ClientResponsePlaintext = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ClientResponsePlaintext loginCryptoResponse.
             * @member {spotify.ap.LoginCryptoResponseUnion.$Properties} loginCryptoResponse
             * @memberof spotify.ap.ClientResponsePlaintext
             * @instance
             */
            ClientResponsePlaintext.prototype.loginCryptoResponse = null;

            /**
             * ClientResponsePlaintext powResponse.
             * @member {spotify.ap.PoWResponseUnion.$Properties} powResponse
             * @memberof spotify.ap.ClientResponsePlaintext
             * @instance
             */
            ClientResponsePlaintext.prototype.powResponse = null;

            /**
             * ClientResponsePlaintext cryptoResponse.
             * @member {spotify.ap.CryptoResponseUnion.$Properties} cryptoResponse
             * @memberof spotify.ap.ClientResponsePlaintext
             * @instance
             */
            ClientResponsePlaintext.prototype.cryptoResponse = null;

            /**
             * Creates a new ClientResponsePlaintext instance using the specified properties.
             * @function create
             * @memberof spotify.ap.ClientResponsePlaintext
             * @static
             * @param {spotify.ap.ClientResponsePlaintext.$Properties=} [properties] Properties to set
             * @returns {spotify.ap.ClientResponsePlaintext} ClientResponsePlaintext instance
             * @type {{
             *   (properties: spotify.ap.ClientResponsePlaintext.$Shape): spotify.ap.ClientResponsePlaintext & spotify.ap.ClientResponsePlaintext.$Shape;
             *   (properties?: spotify.ap.ClientResponsePlaintext.$Properties): spotify.ap.ClientResponsePlaintext;
             * }}
             */
            ClientResponsePlaintext.create = function(properties) {
                return new ClientResponsePlaintext(properties);
            };

            /**
             * Encodes the specified ClientResponsePlaintext message. Does not implicitly {@link spotify.ap.ClientResponsePlaintext.verify|verify} messages.
             * @function encode
             * @memberof spotify.ap.ClientResponsePlaintext
             * @static
             * @param {spotify.ap.ClientResponsePlaintext.$Properties} message ClientResponsePlaintext message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ClientResponsePlaintext.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                $root.spotify.ap.LoginCryptoResponseUnion.encode(message.loginCryptoResponse, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                $root.spotify.ap.PoWResponseUnion.encode(message.powResponse, writer.uint32(/* id 20, wireType 2 =*/162).fork(), _depth + 1).ldelim();
                $root.spotify.ap.CryptoResponseUnion.encode(message.cryptoResponse, writer.uint32(/* id 30, wireType 2 =*/242).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ClientResponsePlaintext message, length delimited. Does not implicitly {@link spotify.ap.ClientResponsePlaintext.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.ap.ClientResponsePlaintext
             * @static
             * @param {spotify.ap.ClientResponsePlaintext.$Properties} message ClientResponsePlaintext message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ClientResponsePlaintext.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ClientResponsePlaintext message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.ap.ClientResponsePlaintext
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.ap.ClientResponsePlaintext & spotify.ap.ClientResponsePlaintext.$Shape} ClientResponsePlaintext
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ClientResponsePlaintext.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.spotify.ap.ClientResponsePlaintext();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.loginCryptoResponse = $root.spotify.ap.LoginCryptoResponseUnion.decode(reader, reader.size(), $undefined, _depth + 1, message.loginCryptoResponse);
                            continue;
                        }
                    case 20: {
                            if (wireType !== 2)
                                break;
                            message.powResponse = $root.spotify.ap.PoWResponseUnion.decode(reader, reader.size(), $undefined, _depth + 1, message.powResponse);
                            continue;
                        }
                    case 30: {
                            if (wireType !== 2)
                                break;
                            message.cryptoResponse = $root.spotify.ap.CryptoResponseUnion.decode(reader, reader.size(), $undefined, _depth + 1, message.cryptoResponse);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                if (!$Object.hasOwnProperty.call(message, "loginCryptoResponse"))
                    throw $util.ProtocolError("missing required 'loginCryptoResponse'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "powResponse"))
                    throw $util.ProtocolError("missing required 'powResponse'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "cryptoResponse"))
                    throw $util.ProtocolError("missing required 'cryptoResponse'", { instance: message });
                return message;
            };

            /**
             * Decodes a ClientResponsePlaintext message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.ap.ClientResponsePlaintext
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.ap.ClientResponsePlaintext & spotify.ap.ClientResponsePlaintext.$Shape} ClientResponsePlaintext
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ClientResponsePlaintext.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ClientResponsePlaintext message.
             * @function verify
             * @memberof spotify.ap.ClientResponsePlaintext
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ClientResponsePlaintext.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                {
                    let error = $root.spotify.ap.LoginCryptoResponseUnion.verify(message.loginCryptoResponse, _depth + 1);
                    if (error)
                        return "loginCryptoResponse." + error;
                }
                {
                    let error = $root.spotify.ap.PoWResponseUnion.verify(message.powResponse, _depth + 1);
                    if (error)
                        return "powResponse." + error;
                }
                {
                    let error = $root.spotify.ap.CryptoResponseUnion.verify(message.cryptoResponse, _depth + 1);
                    if (error)
                        return "cryptoResponse." + error;
                }
                return null;
            };

            /**
             * Creates a ClientResponsePlaintext message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.ap.ClientResponsePlaintext
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.ap.ClientResponsePlaintext} ClientResponsePlaintext
             */
            ClientResponsePlaintext.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.ap.ClientResponsePlaintext)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.ap.ClientResponsePlaintext: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.spotify.ap.ClientResponsePlaintext();
                if (object.loginCryptoResponse != null) {
                    if (!$util.isObject(object.loginCryptoResponse))
                        throw $TypeError(".spotify.ap.ClientResponsePlaintext.loginCryptoResponse: object expected");
                    message.loginCryptoResponse = $root.spotify.ap.LoginCryptoResponseUnion.fromObject(object.loginCryptoResponse, _depth + 1);
                }
                if (object.powResponse != null) {
                    if (!$util.isObject(object.powResponse))
                        throw $TypeError(".spotify.ap.ClientResponsePlaintext.powResponse: object expected");
                    message.powResponse = $root.spotify.ap.PoWResponseUnion.fromObject(object.powResponse, _depth + 1);
                }
                if (object.cryptoResponse != null) {
                    if (!$util.isObject(object.cryptoResponse))
                        throw $TypeError(".spotify.ap.ClientResponsePlaintext.cryptoResponse: object expected");
                    message.cryptoResponse = $root.spotify.ap.CryptoResponseUnion.fromObject(object.cryptoResponse, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a ClientResponsePlaintext message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.ap.ClientResponsePlaintext
             * @static
             * @param {spotify.ap.ClientResponsePlaintext} message ClientResponsePlaintext
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ClientResponsePlaintext.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.loginCryptoResponse = null;
                    object.powResponse = null;
                    object.cryptoResponse = null;
                }
                if (message.loginCryptoResponse != null && $Object.hasOwnProperty.call(message, "loginCryptoResponse"))
                    object.loginCryptoResponse = $root.spotify.ap.LoginCryptoResponseUnion.toObject(message.loginCryptoResponse, options, _depth + 1);
                if (message.powResponse != null && $Object.hasOwnProperty.call(message, "powResponse"))
                    object.powResponse = $root.spotify.ap.PoWResponseUnion.toObject(message.powResponse, options, _depth + 1);
                if (message.cryptoResponse != null && $Object.hasOwnProperty.call(message, "cryptoResponse"))
                    object.cryptoResponse = $root.spotify.ap.CryptoResponseUnion.toObject(message.cryptoResponse, options, _depth + 1);
                return object;
            };

            /**
             * Converts this ClientResponsePlaintext to JSON.
             * @function toJSON
             * @memberof spotify.ap.ClientResponsePlaintext
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ClientResponsePlaintext.prototype.toJSON = function() {
                return ClientResponsePlaintext.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ClientResponsePlaintext
             * @function getTypeUrl
             * @memberof spotify.ap.ClientResponsePlaintext
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ClientResponsePlaintext.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.ap.ClientResponsePlaintext";
            };

            return ClientResponsePlaintext;
        })();

        ap.UserField = (function() {

            /**
             * Properties of a UserField.
             * @typedef {Object} spotify.ap.UserField.$Properties
             * @property {string|null} [key] UserField key
             * @property {Uint8Array|null} [value] UserField value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a UserField.
             * @memberof spotify.ap
             * @interface IUserField
             * @augments spotify.ap.UserField.$Properties
             * @deprecated Use spotify.ap.UserField.$Properties instead.
             */

            /**
             * Shape of a UserField.
             * @typedef {spotify.ap.UserField.$Properties} spotify.ap.UserField.$Shape
             */

            /**
             * Constructs a new UserField.
             * @memberof spotify.ap
             * @classdesc Represents a UserField.
             * @constructor
             * @param {spotify.ap.UserField.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const UserField = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * UserField key.
             * @member {string} key
             * @memberof spotify.ap.UserField
             * @instance
             */
            UserField.prototype.key = "";

            /**
             * UserField value.
             * @member {Uint8Array} value
             * @memberof spotify.ap.UserField
             * @instance
             */
            UserField.prototype.value = $util.newBuffer([]);

            /**
             * Creates a new UserField instance using the specified properties.
             * @function create
             * @memberof spotify.ap.UserField
             * @static
             * @param {spotify.ap.UserField.$Properties=} [properties] Properties to set
             * @returns {spotify.ap.UserField} UserField instance
             * @type {{
             *   (properties: spotify.ap.UserField.$Shape): spotify.ap.UserField & spotify.ap.UserField.$Shape;
             *   (properties?: spotify.ap.UserField.$Properties): spotify.ap.UserField;
             * }}
             */
            UserField.create = function(properties) {
                return new UserField(properties);
            };

            /**
             * Encodes the specified UserField message. Does not implicitly {@link spotify.ap.UserField.verify|verify} messages.
             * @function encode
             * @memberof spotify.ap.UserField
             * @static
             * @param {spotify.ap.UserField.$Properties} message UserField message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UserField.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.key);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified UserField message, length delimited. Does not implicitly {@link spotify.ap.UserField.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.ap.UserField
             * @static
             * @param {spotify.ap.UserField.$Properties} message UserField message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UserField.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a UserField message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.ap.UserField
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.ap.UserField & spotify.ap.UserField.$Shape} UserField
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UserField.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.spotify.ap.UserField();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.key = reader.string();
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.value = reader.bytes();
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a UserField message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.ap.UserField
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.ap.UserField & spotify.ap.UserField.$Shape} UserField
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UserField.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a UserField message.
             * @function verify
             * @memberof spotify.ap.UserField
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            UserField.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                    if (!$util.isString(message.key))
                        return "key: string expected";
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    if (!(message.value && typeof message.value.length === "number" || $util.isString(message.value)))
                        return "value: buffer expected";
                return null;
            };

            /**
             * Creates a UserField message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.ap.UserField
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.ap.UserField} UserField
             */
            UserField.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.ap.UserField)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.ap.UserField: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.spotify.ap.UserField();
                if (object.key != null)
                    message.key = $String(object.key);
                if (object.value != null)
                    if (typeof object.value === "string")
                        $util.base64.decode(object.value, message.value = $util.newBuffer($util.base64.length(object.value)), 0);
                    else if (object.value.length >= 0)
                        message.value = object.value;
                return message;
            };

            /**
             * Creates a plain object from a UserField message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.ap.UserField
             * @static
             * @param {spotify.ap.UserField} message UserField
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            UserField.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.key = "";
                    if (options.bytes === $String)
                        object.value = "";
                    else {
                        object.value = [];
                        if (options.bytes !== $Array)
                            object.value = $util.newBuffer(object.value);
                    }
                }
                if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                    object.key = message.key;
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = options.bytes === $String ? $util.base64.encode(message.value, 0, message.value.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.value) : message.value;
                return object;
            };

            /**
             * Converts this UserField to JSON.
             * @function toJSON
             * @memberof spotify.ap.UserField
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            UserField.prototype.toJSON = function() {
                return UserField.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for UserField
             * @function getTypeUrl
             * @memberof spotify.ap.UserField
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            UserField.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.ap.UserField";
            };

            return UserField;
        })();

        ap.MercuryHeader = (function() {

            /**
             * Properties of a MercuryHeader.
             * @typedef {Object} spotify.ap.MercuryHeader.$Properties
             * @property {string|null} [uri] MercuryHeader uri
             * @property {string|null} [contentType] MercuryHeader contentType
             * @property {string|null} [method] MercuryHeader method
             * @property {number|null} [statusCode] MercuryHeader statusCode
             * @property {Array.<spotify.ap.UserField.$Properties>|null} [userFields] MercuryHeader userFields
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MercuryHeader.
             * @memberof spotify.ap
             * @interface IMercuryHeader
             * @augments spotify.ap.MercuryHeader.$Properties
             * @deprecated Use spotify.ap.MercuryHeader.$Properties instead.
             */

            /**
             * Shape of a MercuryHeader.
             * @typedef {spotify.ap.MercuryHeader.$Properties} spotify.ap.MercuryHeader.$Shape
             */

            /**
             * Constructs a new MercuryHeader.
             * @memberof spotify.ap
             * @classdesc Represents a MercuryHeader.
             * @constructor
             * @param {spotify.ap.MercuryHeader.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MercuryHeader = function (properties) {
                this.userFields = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MercuryHeader uri.
             * @member {string} uri
             * @memberof spotify.ap.MercuryHeader
             * @instance
             */
            MercuryHeader.prototype.uri = "";

            /**
             * MercuryHeader contentType.
             * @member {string} contentType
             * @memberof spotify.ap.MercuryHeader
             * @instance
             */
            MercuryHeader.prototype.contentType = "";

            /**
             * MercuryHeader method.
             * @member {string} method
             * @memberof spotify.ap.MercuryHeader
             * @instance
             */
            MercuryHeader.prototype.method = "";

            /**
             * MercuryHeader statusCode.
             * @member {number} statusCode
             * @memberof spotify.ap.MercuryHeader
             * @instance
             */
            MercuryHeader.prototype.statusCode = 0;

            /**
             * MercuryHeader userFields.
             * @member {Array.<spotify.ap.UserField.$Properties>} userFields
             * @memberof spotify.ap.MercuryHeader
             * @instance
             */
            MercuryHeader.prototype.userFields = $util.emptyArray;

            /**
             * Creates a new MercuryHeader instance using the specified properties.
             * @function create
             * @memberof spotify.ap.MercuryHeader
             * @static
             * @param {spotify.ap.MercuryHeader.$Properties=} [properties] Properties to set
             * @returns {spotify.ap.MercuryHeader} MercuryHeader instance
             * @type {{
             *   (properties: spotify.ap.MercuryHeader.$Shape): spotify.ap.MercuryHeader & spotify.ap.MercuryHeader.$Shape;
             *   (properties?: spotify.ap.MercuryHeader.$Properties): spotify.ap.MercuryHeader;
             * }}
             */
            MercuryHeader.create = function(properties) {
                return new MercuryHeader(properties);
            };

            /**
             * Encodes the specified MercuryHeader message. Does not implicitly {@link spotify.ap.MercuryHeader.verify|verify} messages.
             * @function encode
             * @memberof spotify.ap.MercuryHeader
             * @static
             * @param {spotify.ap.MercuryHeader.$Properties} message MercuryHeader message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MercuryHeader.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.uri != null && $Object.hasOwnProperty.call(message, "uri"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.uri);
                if (message.contentType != null && $Object.hasOwnProperty.call(message, "contentType"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.contentType);
                if (message.method != null && $Object.hasOwnProperty.call(message, "method"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.method);
                if (message.statusCode != null && $Object.hasOwnProperty.call(message, "statusCode"))
                    writer.uint32(/* id 4, wireType 0 =*/32).sint32(message.statusCode);
                if (message.userFields != null && message.userFields.length)
                    for (let i = 0; i < message.userFields.length; ++i)
                        $root.spotify.ap.UserField.encode(message.userFields[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified MercuryHeader message, length delimited. Does not implicitly {@link spotify.ap.MercuryHeader.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.ap.MercuryHeader
             * @static
             * @param {spotify.ap.MercuryHeader.$Properties} message MercuryHeader message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MercuryHeader.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a MercuryHeader message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.ap.MercuryHeader
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.ap.MercuryHeader & spotify.ap.MercuryHeader.$Shape} MercuryHeader
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MercuryHeader.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.spotify.ap.MercuryHeader();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.uri = reader.string();
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.contentType = reader.string();
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.method = reader.string();
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            message.statusCode = reader.sint32();
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.userFields && message.userFields.length))
                                message.userFields = [];
                            message.userFields.push($root.spotify.ap.UserField.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a MercuryHeader message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.ap.MercuryHeader
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.ap.MercuryHeader & spotify.ap.MercuryHeader.$Shape} MercuryHeader
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MercuryHeader.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a MercuryHeader message.
             * @function verify
             * @memberof spotify.ap.MercuryHeader
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            MercuryHeader.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.uri != null && $Object.hasOwnProperty.call(message, "uri"))
                    if (!$util.isString(message.uri))
                        return "uri: string expected";
                if (message.contentType != null && $Object.hasOwnProperty.call(message, "contentType"))
                    if (!$util.isString(message.contentType))
                        return "contentType: string expected";
                if (message.method != null && $Object.hasOwnProperty.call(message, "method"))
                    if (!$util.isString(message.method))
                        return "method: string expected";
                if (message.statusCode != null && $Object.hasOwnProperty.call(message, "statusCode"))
                    if (!$util.isInteger(message.statusCode))
                        return "statusCode: integer expected";
                if (message.userFields != null && $Object.hasOwnProperty.call(message, "userFields")) {
                    if (!$Array.isArray(message.userFields))
                        return "userFields: array expected";
                    for (let i = 0; i < message.userFields.length; ++i) {
                        let error = $root.spotify.ap.UserField.verify(message.userFields[i], _depth + 1);
                        if (error)
                            return "userFields." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a MercuryHeader message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.ap.MercuryHeader
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.ap.MercuryHeader} MercuryHeader
             */
            MercuryHeader.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.ap.MercuryHeader)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.ap.MercuryHeader: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.spotify.ap.MercuryHeader();
                if (object.uri != null)
                    message.uri = $String(object.uri);
                if (object.contentType != null)
                    message.contentType = $String(object.contentType);
                if (object.method != null)
                    message.method = $String(object.method);
                if (object.statusCode != null)
                    message.statusCode = object.statusCode | 0;
                if (object.userFields) {
                    if (!$Array.isArray(object.userFields))
                        throw $TypeError(".spotify.ap.MercuryHeader.userFields: array expected");
                    message.userFields = $Array(object.userFields.length);
                    for (let i = 0; i < object.userFields.length; ++i) {
                        if (!$util.isObject(object.userFields[i]))
                            throw $TypeError(".spotify.ap.MercuryHeader.userFields: object expected");
                        message.userFields[i] = $root.spotify.ap.UserField.fromObject(object.userFields[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a MercuryHeader message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.ap.MercuryHeader
             * @static
             * @param {spotify.ap.MercuryHeader} message MercuryHeader
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MercuryHeader.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.userFields = [];
                if (options.defaults) {
                    object.uri = "";
                    object.contentType = "";
                    object.method = "";
                    object.statusCode = 0;
                }
                if (message.uri != null && $Object.hasOwnProperty.call(message, "uri"))
                    object.uri = message.uri;
                if (message.contentType != null && $Object.hasOwnProperty.call(message, "contentType"))
                    object.contentType = message.contentType;
                if (message.method != null && $Object.hasOwnProperty.call(message, "method"))
                    object.method = message.method;
                if (message.statusCode != null && $Object.hasOwnProperty.call(message, "statusCode"))
                    object.statusCode = message.statusCode;
                if (message.userFields && message.userFields.length) {
                    object.userFields = $Array(message.userFields.length);
                    for (let j = 0; j < message.userFields.length; ++j)
                        object.userFields[j] = $root.spotify.ap.UserField.toObject(message.userFields[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this MercuryHeader to JSON.
             * @function toJSON
             * @memberof spotify.ap.MercuryHeader
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MercuryHeader.prototype.toJSON = function() {
                return MercuryHeader.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for MercuryHeader
             * @function getTypeUrl
             * @memberof spotify.ap.MercuryHeader
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MercuryHeader.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.ap.MercuryHeader";
            };

            return MercuryHeader;
        })();

        ap.Subscription = (function() {

            /**
             * Properties of a Subscription.
             * @typedef {Object} spotify.ap.Subscription.$Properties
             * @property {string|null} [uri] Subscription uri
             * @property {number|null} [expiry] Subscription expiry
             * @property {number|null} [statusCode] Subscription statusCode
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Subscription.
             * @memberof spotify.ap
             * @interface ISubscription
             * @augments spotify.ap.Subscription.$Properties
             * @deprecated Use spotify.ap.Subscription.$Properties instead.
             */

            /**
             * Shape of a Subscription.
             * @typedef {spotify.ap.Subscription.$Properties} spotify.ap.Subscription.$Shape
             */

            /**
             * Constructs a new Subscription.
             * @memberof spotify.ap
             * @classdesc Represents a Subscription.
             * @constructor
             * @param {spotify.ap.Subscription.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Subscription = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Subscription uri.
             * @member {string} uri
             * @memberof spotify.ap.Subscription
             * @instance
             */
            Subscription.prototype.uri = "";

            /**
             * Subscription expiry.
             * @member {number} expiry
             * @memberof spotify.ap.Subscription
             * @instance
             */
            Subscription.prototype.expiry = 0;

            /**
             * Subscription statusCode.
             * @member {number} statusCode
             * @memberof spotify.ap.Subscription
             * @instance
             */
            Subscription.prototype.statusCode = 0;

            /**
             * Creates a new Subscription instance using the specified properties.
             * @function create
             * @memberof spotify.ap.Subscription
             * @static
             * @param {spotify.ap.Subscription.$Properties=} [properties] Properties to set
             * @returns {spotify.ap.Subscription} Subscription instance
             * @type {{
             *   (properties: spotify.ap.Subscription.$Shape): spotify.ap.Subscription & spotify.ap.Subscription.$Shape;
             *   (properties?: spotify.ap.Subscription.$Properties): spotify.ap.Subscription;
             * }}
             */
            Subscription.create = function(properties) {
                return new Subscription(properties);
            };

            /**
             * Encodes the specified Subscription message. Does not implicitly {@link spotify.ap.Subscription.verify|verify} messages.
             * @function encode
             * @memberof spotify.ap.Subscription
             * @static
             * @param {spotify.ap.Subscription.$Properties} message Subscription message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Subscription.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.uri != null && $Object.hasOwnProperty.call(message, "uri"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.uri);
                if (message.expiry != null && $Object.hasOwnProperty.call(message, "expiry"))
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.expiry);
                if (message.statusCode != null && $Object.hasOwnProperty.call(message, "statusCode"))
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.statusCode);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Subscription message, length delimited. Does not implicitly {@link spotify.ap.Subscription.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.ap.Subscription
             * @static
             * @param {spotify.ap.Subscription.$Properties} message Subscription message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Subscription.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Subscription message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.ap.Subscription
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.ap.Subscription & spotify.ap.Subscription.$Shape} Subscription
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Subscription.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.spotify.ap.Subscription();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.uri = reader.string();
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            message.expiry = reader.int32();
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            message.statusCode = reader.int32();
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Subscription message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.ap.Subscription
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.ap.Subscription & spotify.ap.Subscription.$Shape} Subscription
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Subscription.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Subscription message.
             * @function verify
             * @memberof spotify.ap.Subscription
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Subscription.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.uri != null && $Object.hasOwnProperty.call(message, "uri"))
                    if (!$util.isString(message.uri))
                        return "uri: string expected";
                if (message.expiry != null && $Object.hasOwnProperty.call(message, "expiry"))
                    if (!$util.isInteger(message.expiry))
                        return "expiry: integer expected";
                if (message.statusCode != null && $Object.hasOwnProperty.call(message, "statusCode"))
                    if (!$util.isInteger(message.statusCode))
                        return "statusCode: integer expected";
                return null;
            };

            /**
             * Creates a Subscription message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.ap.Subscription
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.ap.Subscription} Subscription
             */
            Subscription.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.ap.Subscription)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.ap.Subscription: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.spotify.ap.Subscription();
                if (object.uri != null)
                    message.uri = $String(object.uri);
                if (object.expiry != null)
                    message.expiry = object.expiry | 0;
                if (object.statusCode != null)
                    message.statusCode = object.statusCode | 0;
                return message;
            };

            /**
             * Creates a plain object from a Subscription message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.ap.Subscription
             * @static
             * @param {spotify.ap.Subscription} message Subscription
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Subscription.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.uri = "";
                    object.expiry = 0;
                    object.statusCode = 0;
                }
                if (message.uri != null && $Object.hasOwnProperty.call(message, "uri"))
                    object.uri = message.uri;
                if (message.expiry != null && $Object.hasOwnProperty.call(message, "expiry"))
                    object.expiry = message.expiry;
                if (message.statusCode != null && $Object.hasOwnProperty.call(message, "statusCode"))
                    object.statusCode = message.statusCode;
                return object;
            };

            /**
             * Converts this Subscription to JSON.
             * @function toJSON
             * @memberof spotify.ap.Subscription
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Subscription.prototype.toJSON = function() {
                return Subscription.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Subscription
             * @function getTypeUrl
             * @memberof spotify.ap.Subscription
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Subscription.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.ap.Subscription";
            };

            return Subscription;
        })();

        return ap;
    })();

    return spotify;
})();

export {
  $root as default
};
