/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Array = $util.global.Array, $Number = $util.global.Number;

// Exported root namespace
const $root = $protobuf.roots["spotlet_clienttoken"] || ($protobuf.roots["spotlet_clienttoken"] = {});

export const spotify = $root.spotify = (() => {

    /**
     * Namespace spotify.
     * @exports spotify
     * @namespace
     */
    const spotify = {};

    spotify.clienttoken = (function() {

        /**
         * Namespace clienttoken.
         * @memberof spotify
         * @namespace
         */
        const clienttoken = {};

        clienttoken.http = (function() {

            /**
             * Namespace http.
             * @memberof spotify.clienttoken
             * @namespace
             */
            const http = {};

            http.v0 = (function() {

                /**
                 * Namespace v0.
                 * @memberof spotify.clienttoken.http
                 * @namespace
                 */
                const v0 = {};

                /**
                 * ClientTokenRequestType enum.
                 * @name spotify.clienttoken.http.v0.ClientTokenRequestType
                 * @enum {number}
                 * @property {number} REQUEST_UNKNOWN=0 REQUEST_UNKNOWN value
                 * @property {number} REQUEST_CLIENT_DATA_REQUEST=1 REQUEST_CLIENT_DATA_REQUEST value
                 * @property {number} REQUEST_CHALLENGE_ANSWERS_REQUEST=2 REQUEST_CHALLENGE_ANSWERS_REQUEST value
                 */
                v0.ClientTokenRequestType = (function() {
                    const valuesById = $Object.create(null), values = $Object.create(valuesById);
                    values[valuesById[0] = "REQUEST_UNKNOWN"] = 0;
                    values[valuesById[1] = "REQUEST_CLIENT_DATA_REQUEST"] = 1;
                    values[valuesById[2] = "REQUEST_CHALLENGE_ANSWERS_REQUEST"] = 2;
                    return values;
                })();

                /**
                 * ClientTokenResponseType enum.
                 * @name spotify.clienttoken.http.v0.ClientTokenResponseType
                 * @enum {number}
                 * @property {number} RESPONSE_UNKNOWN=0 RESPONSE_UNKNOWN value
                 * @property {number} RESPONSE_GRANTED_TOKEN_RESPONSE=1 RESPONSE_GRANTED_TOKEN_RESPONSE value
                 * @property {number} RESPONSE_CHALLENGES_RESPONSE=2 RESPONSE_CHALLENGES_RESPONSE value
                 */
                v0.ClientTokenResponseType = (function() {
                    const valuesById = $Object.create(null), values = $Object.create(valuesById);
                    values[valuesById[0] = "RESPONSE_UNKNOWN"] = 0;
                    values[valuesById[1] = "RESPONSE_GRANTED_TOKEN_RESPONSE"] = 1;
                    values[valuesById[2] = "RESPONSE_CHALLENGES_RESPONSE"] = 2;
                    return values;
                })();

                /**
                 * ChallengeType enum.
                 * @name spotify.clienttoken.http.v0.ChallengeType
                 * @enum {number}
                 * @property {number} CHALLENGE_UNKNOWN=0 CHALLENGE_UNKNOWN value
                 * @property {number} CHALLENGE_CLIENT_SECRET_HMAC=1 CHALLENGE_CLIENT_SECRET_HMAC value
                 * @property {number} CHALLENGE_EVALUATE_JS=2 CHALLENGE_EVALUATE_JS value
                 * @property {number} CHALLENGE_HASH_CASH=3 CHALLENGE_HASH_CASH value
                 */
                v0.ChallengeType = (function() {
                    const valuesById = $Object.create(null), values = $Object.create(valuesById);
                    values[valuesById[0] = "CHALLENGE_UNKNOWN"] = 0;
                    values[valuesById[1] = "CHALLENGE_CLIENT_SECRET_HMAC"] = 1;
                    values[valuesById[2] = "CHALLENGE_EVALUATE_JS"] = 2;
                    values[valuesById[3] = "CHALLENGE_HASH_CASH"] = 3;
                    return values;
                })();

                v0.NativeDesktopLinuxData = (function() {

                    /**
                     * Properties of a NativeDesktopLinuxData.
                     * @typedef {Object} spotify.clienttoken.http.v0.NativeDesktopLinuxData.$Properties
                     * @property {string|null} [systemName] NativeDesktopLinuxData systemName
                     * @property {string|null} [systemRelease] NativeDesktopLinuxData systemRelease
                     * @property {string|null} [systemVersion] NativeDesktopLinuxData systemVersion
                     * @property {string|null} [hardware] NativeDesktopLinuxData hardware
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a NativeDesktopLinuxData.
                     * @memberof spotify.clienttoken.http.v0
                     * @interface INativeDesktopLinuxData
                     * @augments spotify.clienttoken.http.v0.NativeDesktopLinuxData.$Properties
                     * @deprecated Use spotify.clienttoken.http.v0.NativeDesktopLinuxData.$Properties instead.
                     */

                    /**
                     * Shape of a NativeDesktopLinuxData.
                     * @typedef {spotify.clienttoken.http.v0.NativeDesktopLinuxData.$Properties} spotify.clienttoken.http.v0.NativeDesktopLinuxData.$Shape
                     */

                    /**
                     * Constructs a new NativeDesktopLinuxData.
                     * @memberof spotify.clienttoken.http.v0
                     * @classdesc Represents a NativeDesktopLinuxData.
                     * @constructor
                     * @param {spotify.clienttoken.http.v0.NativeDesktopLinuxData.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const NativeDesktopLinuxData = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * NativeDesktopLinuxData systemName.
                     * @member {string} systemName
                     * @memberof spotify.clienttoken.http.v0.NativeDesktopLinuxData
                     * @instance
                     */
                    NativeDesktopLinuxData.prototype.systemName = "";

                    /**
                     * NativeDesktopLinuxData systemRelease.
                     * @member {string} systemRelease
                     * @memberof spotify.clienttoken.http.v0.NativeDesktopLinuxData
                     * @instance
                     */
                    NativeDesktopLinuxData.prototype.systemRelease = "";

                    /**
                     * NativeDesktopLinuxData systemVersion.
                     * @member {string} systemVersion
                     * @memberof spotify.clienttoken.http.v0.NativeDesktopLinuxData
                     * @instance
                     */
                    NativeDesktopLinuxData.prototype.systemVersion = "";

                    /**
                     * NativeDesktopLinuxData hardware.
                     * @member {string} hardware
                     * @memberof spotify.clienttoken.http.v0.NativeDesktopLinuxData
                     * @instance
                     */
                    NativeDesktopLinuxData.prototype.hardware = "";

                    /**
                     * Creates a new NativeDesktopLinuxData instance using the specified properties.
                     * @function create
                     * @memberof spotify.clienttoken.http.v0.NativeDesktopLinuxData
                     * @static
                     * @param {spotify.clienttoken.http.v0.NativeDesktopLinuxData.$Properties=} [properties] Properties to set
                     * @returns {spotify.clienttoken.http.v0.NativeDesktopLinuxData} NativeDesktopLinuxData instance
                     * @type {{
                     *   (properties: spotify.clienttoken.http.v0.NativeDesktopLinuxData.$Shape): spotify.clienttoken.http.v0.NativeDesktopLinuxData & spotify.clienttoken.http.v0.NativeDesktopLinuxData.$Shape;
                     *   (properties?: spotify.clienttoken.http.v0.NativeDesktopLinuxData.$Properties): spotify.clienttoken.http.v0.NativeDesktopLinuxData;
                     * }}
                     */
                    NativeDesktopLinuxData.create = function(properties) {
                        return new NativeDesktopLinuxData(properties);
                    };

                    /**
                     * Encodes the specified NativeDesktopLinuxData message. Does not implicitly {@link spotify.clienttoken.http.v0.NativeDesktopLinuxData.verify|verify} messages.
                     * @function encode
                     * @memberof spotify.clienttoken.http.v0.NativeDesktopLinuxData
                     * @static
                     * @param {spotify.clienttoken.http.v0.NativeDesktopLinuxData.$Properties} message NativeDesktopLinuxData message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    NativeDesktopLinuxData.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.systemName != null && $Object.hasOwnProperty.call(message, "systemName") && message.systemName !== "")
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.systemName);
                        if (message.systemRelease != null && $Object.hasOwnProperty.call(message, "systemRelease") && message.systemRelease !== "")
                            writer.uint32(/* id 2, wireType 2 =*/18).string(message.systemRelease);
                        if (message.systemVersion != null && $Object.hasOwnProperty.call(message, "systemVersion") && message.systemVersion !== "")
                            writer.uint32(/* id 3, wireType 2 =*/26).string(message.systemVersion);
                        if (message.hardware != null && $Object.hasOwnProperty.call(message, "hardware") && message.hardware !== "")
                            writer.uint32(/* id 4, wireType 2 =*/34).string(message.hardware);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Encodes the specified NativeDesktopLinuxData message, length delimited. Does not implicitly {@link spotify.clienttoken.http.v0.NativeDesktopLinuxData.verify|verify} messages.
                     * @function encodeDelimited
                     * @memberof spotify.clienttoken.http.v0.NativeDesktopLinuxData
                     * @static
                     * @param {spotify.clienttoken.http.v0.NativeDesktopLinuxData.$Properties} message NativeDesktopLinuxData message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    NativeDesktopLinuxData.encodeDelimited = function(message, writer) {
                        return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                    };

                    /**
                     * Decodes a NativeDesktopLinuxData message from the specified reader or buffer.
                     * @function decode
                     * @memberof spotify.clienttoken.http.v0.NativeDesktopLinuxData
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {spotify.clienttoken.http.v0.NativeDesktopLinuxData & spotify.clienttoken.http.v0.NativeDesktopLinuxData.$Shape} NativeDesktopLinuxData
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    NativeDesktopLinuxData.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.spotify.clienttoken.http.v0.NativeDesktopLinuxData();
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
                                    if ((value = reader.stringVerify()).length)
                                        message.systemName = value;
                                    else
                                        delete message.systemName;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.systemRelease = value;
                                    else
                                        delete message.systemRelease;
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.systemVersion = value;
                                    else
                                        delete message.systemVersion;
                                    continue;
                                }
                            case 4: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.hardware = value;
                                    else
                                        delete message.hardware;
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
                     * Decodes a NativeDesktopLinuxData message from the specified reader or buffer, length delimited.
                     * @function decodeDelimited
                     * @memberof spotify.clienttoken.http.v0.NativeDesktopLinuxData
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @returns {spotify.clienttoken.http.v0.NativeDesktopLinuxData & spotify.clienttoken.http.v0.NativeDesktopLinuxData.$Shape} NativeDesktopLinuxData
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    NativeDesktopLinuxData.decodeDelimited = function(reader) {
                        if (!(reader instanceof $Reader))
                            reader = new $Reader(reader);
                        return this.decode(reader, reader.size());
                    };

                    /**
                     * Verifies a NativeDesktopLinuxData message.
                     * @function verify
                     * @memberof spotify.clienttoken.http.v0.NativeDesktopLinuxData
                     * @static
                     * @param {Object.<string,*>} message Plain object to verify
                     * @returns {string|null} `null` if valid, otherwise the reason why it is not
                     */
                    NativeDesktopLinuxData.verify = function (message, _depth) {
                        if (typeof message !== "object" || message === null)
                            return "object expected";
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            return "max depth exceeded";
                        if (message.systemName != null && $Object.hasOwnProperty.call(message, "systemName"))
                            if (!$util.isString(message.systemName))
                                return "systemName: string expected";
                        if (message.systemRelease != null && $Object.hasOwnProperty.call(message, "systemRelease"))
                            if (!$util.isString(message.systemRelease))
                                return "systemRelease: string expected";
                        if (message.systemVersion != null && $Object.hasOwnProperty.call(message, "systemVersion"))
                            if (!$util.isString(message.systemVersion))
                                return "systemVersion: string expected";
                        if (message.hardware != null && $Object.hasOwnProperty.call(message, "hardware"))
                            if (!$util.isString(message.hardware))
                                return "hardware: string expected";
                        return null;
                    };

                    /**
                     * Creates a NativeDesktopLinuxData message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof spotify.clienttoken.http.v0.NativeDesktopLinuxData
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {spotify.clienttoken.http.v0.NativeDesktopLinuxData} NativeDesktopLinuxData
                     */
                    NativeDesktopLinuxData.fromObject = function (object, _depth) {
                        if (object instanceof $root.spotify.clienttoken.http.v0.NativeDesktopLinuxData)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".spotify.clienttoken.http.v0.NativeDesktopLinuxData: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.spotify.clienttoken.http.v0.NativeDesktopLinuxData();
                        if (object.systemName != null)
                            if (typeof object.systemName !== "string" || object.systemName.length)
                                message.systemName = $String(object.systemName);
                        if (object.systemRelease != null)
                            if (typeof object.systemRelease !== "string" || object.systemRelease.length)
                                message.systemRelease = $String(object.systemRelease);
                        if (object.systemVersion != null)
                            if (typeof object.systemVersion !== "string" || object.systemVersion.length)
                                message.systemVersion = $String(object.systemVersion);
                        if (object.hardware != null)
                            if (typeof object.hardware !== "string" || object.hardware.length)
                                message.hardware = $String(object.hardware);
                        return message;
                    };

                    /**
                     * Creates a plain object from a NativeDesktopLinuxData message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof spotify.clienttoken.http.v0.NativeDesktopLinuxData
                     * @static
                     * @param {spotify.clienttoken.http.v0.NativeDesktopLinuxData} message NativeDesktopLinuxData
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    NativeDesktopLinuxData.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults) {
                            object.systemName = "";
                            object.systemRelease = "";
                            object.systemVersion = "";
                            object.hardware = "";
                        }
                        if (message.systemName != null && $Object.hasOwnProperty.call(message, "systemName"))
                            object.systemName = message.systemName;
                        if (message.systemRelease != null && $Object.hasOwnProperty.call(message, "systemRelease"))
                            object.systemRelease = message.systemRelease;
                        if (message.systemVersion != null && $Object.hasOwnProperty.call(message, "systemVersion"))
                            object.systemVersion = message.systemVersion;
                        if (message.hardware != null && $Object.hasOwnProperty.call(message, "hardware"))
                            object.hardware = message.hardware;
                        return object;
                    };

                    /**
                     * Converts this NativeDesktopLinuxData to JSON.
                     * @function toJSON
                     * @memberof spotify.clienttoken.http.v0.NativeDesktopLinuxData
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    NativeDesktopLinuxData.prototype.toJSON = function() {
                        return NativeDesktopLinuxData.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for NativeDesktopLinuxData
                     * @function getTypeUrl
                     * @memberof spotify.clienttoken.http.v0.NativeDesktopLinuxData
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    NativeDesktopLinuxData.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/spotify.clienttoken.http.v0.NativeDesktopLinuxData";
                    };

                    return NativeDesktopLinuxData;
                })();

                v0.PlatformSpecificData = (function() {

                    /**
                     * Properties of a PlatformSpecificData.
                     * @typedef {Object} spotify.clienttoken.http.v0.PlatformSpecificData.$Properties
                     * @property {spotify.clienttoken.http.v0.NativeDesktopLinuxData.$Properties|null} [desktopLinux] PlatformSpecificData desktopLinux
                     * @property {"desktopLinux"} [data] PlatformSpecificData data
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a PlatformSpecificData.
                     * @memberof spotify.clienttoken.http.v0
                     * @interface IPlatformSpecificData
                     * @augments spotify.clienttoken.http.v0.PlatformSpecificData.$Properties
                     * @deprecated Use spotify.clienttoken.http.v0.PlatformSpecificData.$Properties instead.
                     */

                    /**
                     * Narrowed shape of a PlatformSpecificData.
                     * @typedef {{
                     *   desktopLinux?: spotify.clienttoken.http.v0.NativeDesktopLinuxData.$Shape|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * } & (
                     *   ({ data?: undefined; desktopLinux?: null }|{ data?: "desktopLinux"; desktopLinux: spotify.clienttoken.http.v0.NativeDesktopLinuxData.$Shape })
                     * )} spotify.clienttoken.http.v0.PlatformSpecificData.$Shape
                     */

                    /**
                     * Constructs a new PlatformSpecificData.
                     * @memberof spotify.clienttoken.http.v0
                     * @classdesc Represents a PlatformSpecificData.
                     * @constructor
                     * @param {spotify.clienttoken.http.v0.PlatformSpecificData.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const PlatformSpecificData = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * PlatformSpecificData desktopLinux.
                     * @member {spotify.clienttoken.http.v0.NativeDesktopLinuxData.$Properties|null|undefined} desktopLinux
                     * @memberof spotify.clienttoken.http.v0.PlatformSpecificData
                     * @instance
                     */
                    PlatformSpecificData.prototype.desktopLinux = null;

                    // OneOf field names bound to virtual getters and setters
                    let $oneOfFields;

                    /**
                     * PlatformSpecificData data.
                     * @member {"desktopLinux"|undefined} data
                     * @memberof spotify.clienttoken.http.v0.PlatformSpecificData
                     * @instance
                     */
                    $Object.defineProperty(PlatformSpecificData.prototype, "data", {
                        get: $util.oneOfGetter($oneOfFields = ["desktopLinux"]),
                        set: $util.oneOfSetter($oneOfFields)
                    });

                    /**
                     * Creates a new PlatformSpecificData instance using the specified properties.
                     * @function create
                     * @memberof spotify.clienttoken.http.v0.PlatformSpecificData
                     * @static
                     * @param {spotify.clienttoken.http.v0.PlatformSpecificData.$Properties=} [properties] Properties to set
                     * @returns {spotify.clienttoken.http.v0.PlatformSpecificData} PlatformSpecificData instance
                     * @type {{
                     *   (properties: spotify.clienttoken.http.v0.PlatformSpecificData.$Shape): spotify.clienttoken.http.v0.PlatformSpecificData & spotify.clienttoken.http.v0.PlatformSpecificData.$Shape;
                     *   (properties?: spotify.clienttoken.http.v0.PlatformSpecificData.$Properties): spotify.clienttoken.http.v0.PlatformSpecificData;
                     * }}
                     */
                    PlatformSpecificData.create = function(properties) {
                        return new PlatformSpecificData(properties);
                    };

                    /**
                     * Encodes the specified PlatformSpecificData message. Does not implicitly {@link spotify.clienttoken.http.v0.PlatformSpecificData.verify|verify} messages.
                     * @function encode
                     * @memberof spotify.clienttoken.http.v0.PlatformSpecificData
                     * @static
                     * @param {spotify.clienttoken.http.v0.PlatformSpecificData.$Properties} message PlatformSpecificData message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    PlatformSpecificData.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.desktopLinux != null && $Object.hasOwnProperty.call(message, "desktopLinux"))
                            $root.spotify.clienttoken.http.v0.NativeDesktopLinuxData.encode(message.desktopLinux, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Encodes the specified PlatformSpecificData message, length delimited. Does not implicitly {@link spotify.clienttoken.http.v0.PlatformSpecificData.verify|verify} messages.
                     * @function encodeDelimited
                     * @memberof spotify.clienttoken.http.v0.PlatformSpecificData
                     * @static
                     * @param {spotify.clienttoken.http.v0.PlatformSpecificData.$Properties} message PlatformSpecificData message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    PlatformSpecificData.encodeDelimited = function(message, writer) {
                        return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                    };

                    /**
                     * Decodes a PlatformSpecificData message from the specified reader or buffer.
                     * @function decode
                     * @memberof spotify.clienttoken.http.v0.PlatformSpecificData
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {spotify.clienttoken.http.v0.PlatformSpecificData & spotify.clienttoken.http.v0.PlatformSpecificData.$Shape} PlatformSpecificData
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    PlatformSpecificData.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.spotify.clienttoken.http.v0.PlatformSpecificData();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 5: {
                                    if (wireType !== 2)
                                        break;
                                    message.desktopLinux = $root.spotify.clienttoken.http.v0.NativeDesktopLinuxData.decode(reader, reader.size(), $undefined, _depth + 1, message.desktopLinux);
                                    message.data = "desktopLinux";
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
                     * Decodes a PlatformSpecificData message from the specified reader or buffer, length delimited.
                     * @function decodeDelimited
                     * @memberof spotify.clienttoken.http.v0.PlatformSpecificData
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @returns {spotify.clienttoken.http.v0.PlatformSpecificData & spotify.clienttoken.http.v0.PlatformSpecificData.$Shape} PlatformSpecificData
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    PlatformSpecificData.decodeDelimited = function(reader) {
                        if (!(reader instanceof $Reader))
                            reader = new $Reader(reader);
                        return this.decode(reader, reader.size());
                    };

                    /**
                     * Verifies a PlatformSpecificData message.
                     * @function verify
                     * @memberof spotify.clienttoken.http.v0.PlatformSpecificData
                     * @static
                     * @param {Object.<string,*>} message Plain object to verify
                     * @returns {string|null} `null` if valid, otherwise the reason why it is not
                     */
                    PlatformSpecificData.verify = function (message, _depth) {
                        if (typeof message !== "object" || message === null)
                            return "object expected";
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            return "max depth exceeded";
                        let properties = {};
                        if (message.desktopLinux != null && $Object.hasOwnProperty.call(message, "desktopLinux")) {
                            properties.data = 1;
                            {
                                let error = $root.spotify.clienttoken.http.v0.NativeDesktopLinuxData.verify(message.desktopLinux, _depth + 1);
                                if (error)
                                    return "desktopLinux." + error;
                            }
                        }
                        return null;
                    };

                    /**
                     * Creates a PlatformSpecificData message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof spotify.clienttoken.http.v0.PlatformSpecificData
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {spotify.clienttoken.http.v0.PlatformSpecificData} PlatformSpecificData
                     */
                    PlatformSpecificData.fromObject = function (object, _depth) {
                        if (object instanceof $root.spotify.clienttoken.http.v0.PlatformSpecificData)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".spotify.clienttoken.http.v0.PlatformSpecificData: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.spotify.clienttoken.http.v0.PlatformSpecificData();
                        if (object.desktopLinux != null) {
                            if (!$util.isObject(object.desktopLinux))
                                throw $TypeError(".spotify.clienttoken.http.v0.PlatformSpecificData.desktopLinux: object expected");
                            message.desktopLinux = $root.spotify.clienttoken.http.v0.NativeDesktopLinuxData.fromObject(object.desktopLinux, _depth + 1);
                        }
                        return message;
                    };

                    /**
                     * Creates a plain object from a PlatformSpecificData message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof spotify.clienttoken.http.v0.PlatformSpecificData
                     * @static
                     * @param {spotify.clienttoken.http.v0.PlatformSpecificData} message PlatformSpecificData
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    PlatformSpecificData.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (message.desktopLinux != null && $Object.hasOwnProperty.call(message, "desktopLinux")) {
                            object.desktopLinux = $root.spotify.clienttoken.http.v0.NativeDesktopLinuxData.toObject(message.desktopLinux, options, _depth + 1);
                            if (options.oneofs)
                                object.data = "desktopLinux";
                        }
                        return object;
                    };

                    /**
                     * Converts this PlatformSpecificData to JSON.
                     * @function toJSON
                     * @memberof spotify.clienttoken.http.v0.PlatformSpecificData
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    PlatformSpecificData.prototype.toJSON = function() {
                        return PlatformSpecificData.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for PlatformSpecificData
                     * @function getTypeUrl
                     * @memberof spotify.clienttoken.http.v0.PlatformSpecificData
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    PlatformSpecificData.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/spotify.clienttoken.http.v0.PlatformSpecificData";
                    };

                    return PlatformSpecificData;
                })();

                v0.ConnectivitySdkData = (function() {

                    /**
                     * Properties of a ConnectivitySdkData.
                     * @typedef {Object} spotify.clienttoken.http.v0.ConnectivitySdkData.$Properties
                     * @property {spotify.clienttoken.http.v0.PlatformSpecificData.$Properties|null} [platformSpecificData] ConnectivitySdkData platformSpecificData
                     * @property {string|null} [deviceId] ConnectivitySdkData deviceId
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a ConnectivitySdkData.
                     * @memberof spotify.clienttoken.http.v0
                     * @interface IConnectivitySdkData
                     * @augments spotify.clienttoken.http.v0.ConnectivitySdkData.$Properties
                     * @deprecated Use spotify.clienttoken.http.v0.ConnectivitySdkData.$Properties instead.
                     */

                    /**
                     * Shape of a ConnectivitySdkData.
                     * @typedef {{
                     *   platformSpecificData?: spotify.clienttoken.http.v0.PlatformSpecificData.$Shape|null;
                     *   deviceId?: string|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * }} spotify.clienttoken.http.v0.ConnectivitySdkData.$Shape
                     */

                    /**
                     * Constructs a new ConnectivitySdkData.
                     * @memberof spotify.clienttoken.http.v0
                     * @classdesc Represents a ConnectivitySdkData.
                     * @constructor
                     * @param {spotify.clienttoken.http.v0.ConnectivitySdkData.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const ConnectivitySdkData = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * ConnectivitySdkData platformSpecificData.
                     * @member {spotify.clienttoken.http.v0.PlatformSpecificData.$Properties|null|undefined} platformSpecificData
                     * @memberof spotify.clienttoken.http.v0.ConnectivitySdkData
                     * @instance
                     */
                    ConnectivitySdkData.prototype.platformSpecificData = null;

                    /**
                     * ConnectivitySdkData deviceId.
                     * @member {string} deviceId
                     * @memberof spotify.clienttoken.http.v0.ConnectivitySdkData
                     * @instance
                     */
                    ConnectivitySdkData.prototype.deviceId = "";

                    /**
                     * Creates a new ConnectivitySdkData instance using the specified properties.
                     * @function create
                     * @memberof spotify.clienttoken.http.v0.ConnectivitySdkData
                     * @static
                     * @param {spotify.clienttoken.http.v0.ConnectivitySdkData.$Properties=} [properties] Properties to set
                     * @returns {spotify.clienttoken.http.v0.ConnectivitySdkData} ConnectivitySdkData instance
                     * @type {{
                     *   (properties: spotify.clienttoken.http.v0.ConnectivitySdkData.$Shape): spotify.clienttoken.http.v0.ConnectivitySdkData & spotify.clienttoken.http.v0.ConnectivitySdkData.$Shape;
                     *   (properties?: spotify.clienttoken.http.v0.ConnectivitySdkData.$Properties): spotify.clienttoken.http.v0.ConnectivitySdkData;
                     * }}
                     */
                    ConnectivitySdkData.create = function(properties) {
                        return new ConnectivitySdkData(properties);
                    };

                    /**
                     * Encodes the specified ConnectivitySdkData message. Does not implicitly {@link spotify.clienttoken.http.v0.ConnectivitySdkData.verify|verify} messages.
                     * @function encode
                     * @memberof spotify.clienttoken.http.v0.ConnectivitySdkData
                     * @static
                     * @param {spotify.clienttoken.http.v0.ConnectivitySdkData.$Properties} message ConnectivitySdkData message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ConnectivitySdkData.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.platformSpecificData != null && $Object.hasOwnProperty.call(message, "platformSpecificData"))
                            $root.spotify.clienttoken.http.v0.PlatformSpecificData.encode(message.platformSpecificData, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                        if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId") && message.deviceId !== "")
                            writer.uint32(/* id 2, wireType 2 =*/18).string(message.deviceId);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Encodes the specified ConnectivitySdkData message, length delimited. Does not implicitly {@link spotify.clienttoken.http.v0.ConnectivitySdkData.verify|verify} messages.
                     * @function encodeDelimited
                     * @memberof spotify.clienttoken.http.v0.ConnectivitySdkData
                     * @static
                     * @param {spotify.clienttoken.http.v0.ConnectivitySdkData.$Properties} message ConnectivitySdkData message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ConnectivitySdkData.encodeDelimited = function(message, writer) {
                        return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                    };

                    /**
                     * Decodes a ConnectivitySdkData message from the specified reader or buffer.
                     * @function decode
                     * @memberof spotify.clienttoken.http.v0.ConnectivitySdkData
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {spotify.clienttoken.http.v0.ConnectivitySdkData & spotify.clienttoken.http.v0.ConnectivitySdkData.$Shape} ConnectivitySdkData
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ConnectivitySdkData.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.spotify.clienttoken.http.v0.ConnectivitySdkData();
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
                                    message.platformSpecificData = $root.spotify.clienttoken.http.v0.PlatformSpecificData.decode(reader, reader.size(), $undefined, _depth + 1, message.platformSpecificData);
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.deviceId = value;
                                    else
                                        delete message.deviceId;
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
                     * Decodes a ConnectivitySdkData message from the specified reader or buffer, length delimited.
                     * @function decodeDelimited
                     * @memberof spotify.clienttoken.http.v0.ConnectivitySdkData
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @returns {spotify.clienttoken.http.v0.ConnectivitySdkData & spotify.clienttoken.http.v0.ConnectivitySdkData.$Shape} ConnectivitySdkData
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ConnectivitySdkData.decodeDelimited = function(reader) {
                        if (!(reader instanceof $Reader))
                            reader = new $Reader(reader);
                        return this.decode(reader, reader.size());
                    };

                    /**
                     * Verifies a ConnectivitySdkData message.
                     * @function verify
                     * @memberof spotify.clienttoken.http.v0.ConnectivitySdkData
                     * @static
                     * @param {Object.<string,*>} message Plain object to verify
                     * @returns {string|null} `null` if valid, otherwise the reason why it is not
                     */
                    ConnectivitySdkData.verify = function (message, _depth) {
                        if (typeof message !== "object" || message === null)
                            return "object expected";
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            return "max depth exceeded";
                        if (message.platformSpecificData != null && $Object.hasOwnProperty.call(message, "platformSpecificData")) {
                            let error = $root.spotify.clienttoken.http.v0.PlatformSpecificData.verify(message.platformSpecificData, _depth + 1);
                            if (error)
                                return "platformSpecificData." + error;
                        }
                        if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId"))
                            if (!$util.isString(message.deviceId))
                                return "deviceId: string expected";
                        return null;
                    };

                    /**
                     * Creates a ConnectivitySdkData message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof spotify.clienttoken.http.v0.ConnectivitySdkData
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {spotify.clienttoken.http.v0.ConnectivitySdkData} ConnectivitySdkData
                     */
                    ConnectivitySdkData.fromObject = function (object, _depth) {
                        if (object instanceof $root.spotify.clienttoken.http.v0.ConnectivitySdkData)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".spotify.clienttoken.http.v0.ConnectivitySdkData: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.spotify.clienttoken.http.v0.ConnectivitySdkData();
                        if (object.platformSpecificData != null) {
                            if (!$util.isObject(object.platformSpecificData))
                                throw $TypeError(".spotify.clienttoken.http.v0.ConnectivitySdkData.platformSpecificData: object expected");
                            message.platformSpecificData = $root.spotify.clienttoken.http.v0.PlatformSpecificData.fromObject(object.platformSpecificData, _depth + 1);
                        }
                        if (object.deviceId != null)
                            if (typeof object.deviceId !== "string" || object.deviceId.length)
                                message.deviceId = $String(object.deviceId);
                        return message;
                    };

                    /**
                     * Creates a plain object from a ConnectivitySdkData message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof spotify.clienttoken.http.v0.ConnectivitySdkData
                     * @static
                     * @param {spotify.clienttoken.http.v0.ConnectivitySdkData} message ConnectivitySdkData
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    ConnectivitySdkData.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults) {
                            object.platformSpecificData = null;
                            object.deviceId = "";
                        }
                        if (message.platformSpecificData != null && $Object.hasOwnProperty.call(message, "platformSpecificData"))
                            object.platformSpecificData = $root.spotify.clienttoken.http.v0.PlatformSpecificData.toObject(message.platformSpecificData, options, _depth + 1);
                        if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId"))
                            object.deviceId = message.deviceId;
                        return object;
                    };

                    /**
                     * Converts this ConnectivitySdkData to JSON.
                     * @function toJSON
                     * @memberof spotify.clienttoken.http.v0.ConnectivitySdkData
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    ConnectivitySdkData.prototype.toJSON = function() {
                        return ConnectivitySdkData.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for ConnectivitySdkData
                     * @function getTypeUrl
                     * @memberof spotify.clienttoken.http.v0.ConnectivitySdkData
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    ConnectivitySdkData.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/spotify.clienttoken.http.v0.ConnectivitySdkData";
                    };

                    return ConnectivitySdkData;
                })();

                v0.ClientDataRequest = (function() {

                    /**
                     * Properties of a ClientDataRequest.
                     * @typedef {Object} spotify.clienttoken.http.v0.ClientDataRequest.$Properties
                     * @property {string|null} [clientVersion] ClientDataRequest clientVersion
                     * @property {string|null} [clientId] ClientDataRequest clientId
                     * @property {spotify.clienttoken.http.v0.ConnectivitySdkData.$Properties|null} [connectivitySdkData] ClientDataRequest connectivitySdkData
                     * @property {"connectivitySdkData"} [data] ClientDataRequest data
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a ClientDataRequest.
                     * @memberof spotify.clienttoken.http.v0
                     * @interface IClientDataRequest
                     * @augments spotify.clienttoken.http.v0.ClientDataRequest.$Properties
                     * @deprecated Use spotify.clienttoken.http.v0.ClientDataRequest.$Properties instead.
                     */

                    /**
                     * Narrowed shape of a ClientDataRequest.
                     * @typedef {{
                     *   clientVersion?: string|null;
                     *   clientId?: string|null;
                     *   connectivitySdkData?: spotify.clienttoken.http.v0.ConnectivitySdkData.$Shape|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * } & (
                     *   ({ data?: undefined; connectivitySdkData?: null }|{ data?: "connectivitySdkData"; connectivitySdkData: spotify.clienttoken.http.v0.ConnectivitySdkData.$Shape })
                     * )} spotify.clienttoken.http.v0.ClientDataRequest.$Shape
                     */

                    /**
                     * Constructs a new ClientDataRequest.
                     * @memberof spotify.clienttoken.http.v0
                     * @classdesc Represents a ClientDataRequest.
                     * @constructor
                     * @param {spotify.clienttoken.http.v0.ClientDataRequest.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const ClientDataRequest = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * ClientDataRequest clientVersion.
                     * @member {string} clientVersion
                     * @memberof spotify.clienttoken.http.v0.ClientDataRequest
                     * @instance
                     */
                    ClientDataRequest.prototype.clientVersion = "";

                    /**
                     * ClientDataRequest clientId.
                     * @member {string} clientId
                     * @memberof spotify.clienttoken.http.v0.ClientDataRequest
                     * @instance
                     */
                    ClientDataRequest.prototype.clientId = "";

                    /**
                     * ClientDataRequest connectivitySdkData.
                     * @member {spotify.clienttoken.http.v0.ConnectivitySdkData.$Properties|null|undefined} connectivitySdkData
                     * @memberof spotify.clienttoken.http.v0.ClientDataRequest
                     * @instance
                     */
                    ClientDataRequest.prototype.connectivitySdkData = null;

                    // OneOf field names bound to virtual getters and setters
                    let $oneOfFields;

                    /**
                     * ClientDataRequest data.
                     * @member {"connectivitySdkData"|undefined} data
                     * @memberof spotify.clienttoken.http.v0.ClientDataRequest
                     * @instance
                     */
                    $Object.defineProperty(ClientDataRequest.prototype, "data", {
                        get: $util.oneOfGetter($oneOfFields = ["connectivitySdkData"]),
                        set: $util.oneOfSetter($oneOfFields)
                    });

                    /**
                     * Creates a new ClientDataRequest instance using the specified properties.
                     * @function create
                     * @memberof spotify.clienttoken.http.v0.ClientDataRequest
                     * @static
                     * @param {spotify.clienttoken.http.v0.ClientDataRequest.$Properties=} [properties] Properties to set
                     * @returns {spotify.clienttoken.http.v0.ClientDataRequest} ClientDataRequest instance
                     * @type {{
                     *   (properties: spotify.clienttoken.http.v0.ClientDataRequest.$Shape): spotify.clienttoken.http.v0.ClientDataRequest & spotify.clienttoken.http.v0.ClientDataRequest.$Shape;
                     *   (properties?: spotify.clienttoken.http.v0.ClientDataRequest.$Properties): spotify.clienttoken.http.v0.ClientDataRequest;
                     * }}
                     */
                    ClientDataRequest.create = function(properties) {
                        return new ClientDataRequest(properties);
                    };

                    /**
                     * Encodes the specified ClientDataRequest message. Does not implicitly {@link spotify.clienttoken.http.v0.ClientDataRequest.verify|verify} messages.
                     * @function encode
                     * @memberof spotify.clienttoken.http.v0.ClientDataRequest
                     * @static
                     * @param {spotify.clienttoken.http.v0.ClientDataRequest.$Properties} message ClientDataRequest message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ClientDataRequest.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.clientVersion != null && $Object.hasOwnProperty.call(message, "clientVersion") && message.clientVersion !== "")
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.clientVersion);
                        if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId") && message.clientId !== "")
                            writer.uint32(/* id 2, wireType 2 =*/18).string(message.clientId);
                        if (message.connectivitySdkData != null && $Object.hasOwnProperty.call(message, "connectivitySdkData"))
                            $root.spotify.clienttoken.http.v0.ConnectivitySdkData.encode(message.connectivitySdkData, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Encodes the specified ClientDataRequest message, length delimited. Does not implicitly {@link spotify.clienttoken.http.v0.ClientDataRequest.verify|verify} messages.
                     * @function encodeDelimited
                     * @memberof spotify.clienttoken.http.v0.ClientDataRequest
                     * @static
                     * @param {spotify.clienttoken.http.v0.ClientDataRequest.$Properties} message ClientDataRequest message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ClientDataRequest.encodeDelimited = function(message, writer) {
                        return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                    };

                    /**
                     * Decodes a ClientDataRequest message from the specified reader or buffer.
                     * @function decode
                     * @memberof spotify.clienttoken.http.v0.ClientDataRequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {spotify.clienttoken.http.v0.ClientDataRequest & spotify.clienttoken.http.v0.ClientDataRequest.$Shape} ClientDataRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ClientDataRequest.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.spotify.clienttoken.http.v0.ClientDataRequest();
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
                                    if ((value = reader.stringVerify()).length)
                                        message.clientVersion = value;
                                    else
                                        delete message.clientVersion;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.clientId = value;
                                    else
                                        delete message.clientId;
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 2)
                                        break;
                                    message.connectivitySdkData = $root.spotify.clienttoken.http.v0.ConnectivitySdkData.decode(reader, reader.size(), $undefined, _depth + 1, message.connectivitySdkData);
                                    message.data = "connectivitySdkData";
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
                     * Decodes a ClientDataRequest message from the specified reader or buffer, length delimited.
                     * @function decodeDelimited
                     * @memberof spotify.clienttoken.http.v0.ClientDataRequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @returns {spotify.clienttoken.http.v0.ClientDataRequest & spotify.clienttoken.http.v0.ClientDataRequest.$Shape} ClientDataRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ClientDataRequest.decodeDelimited = function(reader) {
                        if (!(reader instanceof $Reader))
                            reader = new $Reader(reader);
                        return this.decode(reader, reader.size());
                    };

                    /**
                     * Verifies a ClientDataRequest message.
                     * @function verify
                     * @memberof spotify.clienttoken.http.v0.ClientDataRequest
                     * @static
                     * @param {Object.<string,*>} message Plain object to verify
                     * @returns {string|null} `null` if valid, otherwise the reason why it is not
                     */
                    ClientDataRequest.verify = function (message, _depth) {
                        if (typeof message !== "object" || message === null)
                            return "object expected";
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            return "max depth exceeded";
                        let properties = {};
                        if (message.clientVersion != null && $Object.hasOwnProperty.call(message, "clientVersion"))
                            if (!$util.isString(message.clientVersion))
                                return "clientVersion: string expected";
                        if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId"))
                            if (!$util.isString(message.clientId))
                                return "clientId: string expected";
                        if (message.connectivitySdkData != null && $Object.hasOwnProperty.call(message, "connectivitySdkData")) {
                            properties.data = 1;
                            {
                                let error = $root.spotify.clienttoken.http.v0.ConnectivitySdkData.verify(message.connectivitySdkData, _depth + 1);
                                if (error)
                                    return "connectivitySdkData." + error;
                            }
                        }
                        return null;
                    };

                    /**
                     * Creates a ClientDataRequest message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof spotify.clienttoken.http.v0.ClientDataRequest
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {spotify.clienttoken.http.v0.ClientDataRequest} ClientDataRequest
                     */
                    ClientDataRequest.fromObject = function (object, _depth) {
                        if (object instanceof $root.spotify.clienttoken.http.v0.ClientDataRequest)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".spotify.clienttoken.http.v0.ClientDataRequest: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.spotify.clienttoken.http.v0.ClientDataRequest();
                        if (object.clientVersion != null)
                            if (typeof object.clientVersion !== "string" || object.clientVersion.length)
                                message.clientVersion = $String(object.clientVersion);
                        if (object.clientId != null)
                            if (typeof object.clientId !== "string" || object.clientId.length)
                                message.clientId = $String(object.clientId);
                        if (object.connectivitySdkData != null) {
                            if (!$util.isObject(object.connectivitySdkData))
                                throw $TypeError(".spotify.clienttoken.http.v0.ClientDataRequest.connectivitySdkData: object expected");
                            message.connectivitySdkData = $root.spotify.clienttoken.http.v0.ConnectivitySdkData.fromObject(object.connectivitySdkData, _depth + 1);
                        }
                        return message;
                    };

                    /**
                     * Creates a plain object from a ClientDataRequest message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof spotify.clienttoken.http.v0.ClientDataRequest
                     * @static
                     * @param {spotify.clienttoken.http.v0.ClientDataRequest} message ClientDataRequest
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    ClientDataRequest.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults) {
                            object.clientVersion = "";
                            object.clientId = "";
                        }
                        if (message.clientVersion != null && $Object.hasOwnProperty.call(message, "clientVersion"))
                            object.clientVersion = message.clientVersion;
                        if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId"))
                            object.clientId = message.clientId;
                        if (message.connectivitySdkData != null && $Object.hasOwnProperty.call(message, "connectivitySdkData")) {
                            object.connectivitySdkData = $root.spotify.clienttoken.http.v0.ConnectivitySdkData.toObject(message.connectivitySdkData, options, _depth + 1);
                            if (options.oneofs)
                                object.data = "connectivitySdkData";
                        }
                        return object;
                    };

                    /**
                     * Converts this ClientDataRequest to JSON.
                     * @function toJSON
                     * @memberof spotify.clienttoken.http.v0.ClientDataRequest
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    ClientDataRequest.prototype.toJSON = function() {
                        return ClientDataRequest.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for ClientDataRequest
                     * @function getTypeUrl
                     * @memberof spotify.clienttoken.http.v0.ClientDataRequest
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    ClientDataRequest.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/spotify.clienttoken.http.v0.ClientDataRequest";
                    };

                    return ClientDataRequest;
                })();

                v0.HashcashAnswer = (function() {

                    /**
                     * Properties of a HashcashAnswer.
                     * @typedef {Object} spotify.clienttoken.http.v0.HashcashAnswer.$Properties
                     * @property {string|null} [suffix] HashcashAnswer suffix
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a HashcashAnswer.
                     * @memberof spotify.clienttoken.http.v0
                     * @interface IHashcashAnswer
                     * @augments spotify.clienttoken.http.v0.HashcashAnswer.$Properties
                     * @deprecated Use spotify.clienttoken.http.v0.HashcashAnswer.$Properties instead.
                     */

                    /**
                     * Shape of a HashcashAnswer.
                     * @typedef {spotify.clienttoken.http.v0.HashcashAnswer.$Properties} spotify.clienttoken.http.v0.HashcashAnswer.$Shape
                     */

                    /**
                     * Constructs a new HashcashAnswer.
                     * @memberof spotify.clienttoken.http.v0
                     * @classdesc Represents a HashcashAnswer.
                     * @constructor
                     * @param {spotify.clienttoken.http.v0.HashcashAnswer.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const HashcashAnswer = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * HashcashAnswer suffix.
                     * @member {string} suffix
                     * @memberof spotify.clienttoken.http.v0.HashcashAnswer
                     * @instance
                     */
                    HashcashAnswer.prototype.suffix = "";

                    /**
                     * Creates a new HashcashAnswer instance using the specified properties.
                     * @function create
                     * @memberof spotify.clienttoken.http.v0.HashcashAnswer
                     * @static
                     * @param {spotify.clienttoken.http.v0.HashcashAnswer.$Properties=} [properties] Properties to set
                     * @returns {spotify.clienttoken.http.v0.HashcashAnswer} HashcashAnswer instance
                     * @type {{
                     *   (properties: spotify.clienttoken.http.v0.HashcashAnswer.$Shape): spotify.clienttoken.http.v0.HashcashAnswer & spotify.clienttoken.http.v0.HashcashAnswer.$Shape;
                     *   (properties?: spotify.clienttoken.http.v0.HashcashAnswer.$Properties): spotify.clienttoken.http.v0.HashcashAnswer;
                     * }}
                     */
                    HashcashAnswer.create = function(properties) {
                        return new HashcashAnswer(properties);
                    };

                    /**
                     * Encodes the specified HashcashAnswer message. Does not implicitly {@link spotify.clienttoken.http.v0.HashcashAnswer.verify|verify} messages.
                     * @function encode
                     * @memberof spotify.clienttoken.http.v0.HashcashAnswer
                     * @static
                     * @param {spotify.clienttoken.http.v0.HashcashAnswer.$Properties} message HashcashAnswer message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    HashcashAnswer.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.suffix != null && $Object.hasOwnProperty.call(message, "suffix") && message.suffix !== "")
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.suffix);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Encodes the specified HashcashAnswer message, length delimited. Does not implicitly {@link spotify.clienttoken.http.v0.HashcashAnswer.verify|verify} messages.
                     * @function encodeDelimited
                     * @memberof spotify.clienttoken.http.v0.HashcashAnswer
                     * @static
                     * @param {spotify.clienttoken.http.v0.HashcashAnswer.$Properties} message HashcashAnswer message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    HashcashAnswer.encodeDelimited = function(message, writer) {
                        return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                    };

                    /**
                     * Decodes a HashcashAnswer message from the specified reader or buffer.
                     * @function decode
                     * @memberof spotify.clienttoken.http.v0.HashcashAnswer
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {spotify.clienttoken.http.v0.HashcashAnswer & spotify.clienttoken.http.v0.HashcashAnswer.$Shape} HashcashAnswer
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    HashcashAnswer.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.spotify.clienttoken.http.v0.HashcashAnswer();
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
                                    if ((value = reader.stringVerify()).length)
                                        message.suffix = value;
                                    else
                                        delete message.suffix;
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
                     * Decodes a HashcashAnswer message from the specified reader or buffer, length delimited.
                     * @function decodeDelimited
                     * @memberof spotify.clienttoken.http.v0.HashcashAnswer
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @returns {spotify.clienttoken.http.v0.HashcashAnswer & spotify.clienttoken.http.v0.HashcashAnswer.$Shape} HashcashAnswer
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    HashcashAnswer.decodeDelimited = function(reader) {
                        if (!(reader instanceof $Reader))
                            reader = new $Reader(reader);
                        return this.decode(reader, reader.size());
                    };

                    /**
                     * Verifies a HashcashAnswer message.
                     * @function verify
                     * @memberof spotify.clienttoken.http.v0.HashcashAnswer
                     * @static
                     * @param {Object.<string,*>} message Plain object to verify
                     * @returns {string|null} `null` if valid, otherwise the reason why it is not
                     */
                    HashcashAnswer.verify = function (message, _depth) {
                        if (typeof message !== "object" || message === null)
                            return "object expected";
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            return "max depth exceeded";
                        if (message.suffix != null && $Object.hasOwnProperty.call(message, "suffix"))
                            if (!$util.isString(message.suffix))
                                return "suffix: string expected";
                        return null;
                    };

                    /**
                     * Creates a HashcashAnswer message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof spotify.clienttoken.http.v0.HashcashAnswer
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {spotify.clienttoken.http.v0.HashcashAnswer} HashcashAnswer
                     */
                    HashcashAnswer.fromObject = function (object, _depth) {
                        if (object instanceof $root.spotify.clienttoken.http.v0.HashcashAnswer)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".spotify.clienttoken.http.v0.HashcashAnswer: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.spotify.clienttoken.http.v0.HashcashAnswer();
                        if (object.suffix != null)
                            if (typeof object.suffix !== "string" || object.suffix.length)
                                message.suffix = $String(object.suffix);
                        return message;
                    };

                    /**
                     * Creates a plain object from a HashcashAnswer message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof spotify.clienttoken.http.v0.HashcashAnswer
                     * @static
                     * @param {spotify.clienttoken.http.v0.HashcashAnswer} message HashcashAnswer
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    HashcashAnswer.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults)
                            object.suffix = "";
                        if (message.suffix != null && $Object.hasOwnProperty.call(message, "suffix"))
                            object.suffix = message.suffix;
                        return object;
                    };

                    /**
                     * Converts this HashcashAnswer to JSON.
                     * @function toJSON
                     * @memberof spotify.clienttoken.http.v0.HashcashAnswer
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    HashcashAnswer.prototype.toJSON = function() {
                        return HashcashAnswer.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for HashcashAnswer
                     * @function getTypeUrl
                     * @memberof spotify.clienttoken.http.v0.HashcashAnswer
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    HashcashAnswer.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/spotify.clienttoken.http.v0.HashcashAnswer";
                    };

                    return HashcashAnswer;
                })();

                v0.ChallengeAnswer = (function() {

                    /**
                     * Properties of a ChallengeAnswer.
                     * @typedef {Object} spotify.clienttoken.http.v0.ChallengeAnswer.$Properties
                     * @property {spotify.clienttoken.http.v0.ChallengeType|null} [challengeType] ChallengeAnswer challengeType
                     * @property {spotify.clienttoken.http.v0.HashcashAnswer.$Properties|null} [hashCash] ChallengeAnswer hashCash
                     * @property {"hashCash"} [answer] ChallengeAnswer answer
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a ChallengeAnswer.
                     * @memberof spotify.clienttoken.http.v0
                     * @interface IChallengeAnswer
                     * @augments spotify.clienttoken.http.v0.ChallengeAnswer.$Properties
                     * @deprecated Use spotify.clienttoken.http.v0.ChallengeAnswer.$Properties instead.
                     */

                    /**
                     * Narrowed shape of a ChallengeAnswer.
                     * @typedef {{
                     *   challengeType?: spotify.clienttoken.http.v0.ChallengeType|null;
                     *   hashCash?: spotify.clienttoken.http.v0.HashcashAnswer.$Shape|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * } & (
                     *   ({ answer?: undefined; hashCash?: null }|{ answer?: "hashCash"; hashCash: spotify.clienttoken.http.v0.HashcashAnswer.$Shape })
                     * )} spotify.clienttoken.http.v0.ChallengeAnswer.$Shape
                     */

                    /**
                     * Constructs a new ChallengeAnswer.
                     * @memberof spotify.clienttoken.http.v0
                     * @classdesc Represents a ChallengeAnswer.
                     * @constructor
                     * @param {spotify.clienttoken.http.v0.ChallengeAnswer.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const ChallengeAnswer = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * ChallengeAnswer challengeType.
                     * @member {spotify.clienttoken.http.v0.ChallengeType} challengeType
                     * @memberof spotify.clienttoken.http.v0.ChallengeAnswer
                     * @instance
                     */
                    ChallengeAnswer.prototype.challengeType = 0;

                    /**
                     * ChallengeAnswer hashCash.
                     * @member {spotify.clienttoken.http.v0.HashcashAnswer.$Properties|null|undefined} hashCash
                     * @memberof spotify.clienttoken.http.v0.ChallengeAnswer
                     * @instance
                     */
                    ChallengeAnswer.prototype.hashCash = null;

                    // OneOf field names bound to virtual getters and setters
                    let $oneOfFields;

                    /**
                     * ChallengeAnswer answer.
                     * @member {"hashCash"|undefined} answer
                     * @memberof spotify.clienttoken.http.v0.ChallengeAnswer
                     * @instance
                     */
                    $Object.defineProperty(ChallengeAnswer.prototype, "answer", {
                        get: $util.oneOfGetter($oneOfFields = ["hashCash"]),
                        set: $util.oneOfSetter($oneOfFields)
                    });

                    /**
                     * Creates a new ChallengeAnswer instance using the specified properties.
                     * @function create
                     * @memberof spotify.clienttoken.http.v0.ChallengeAnswer
                     * @static
                     * @param {spotify.clienttoken.http.v0.ChallengeAnswer.$Properties=} [properties] Properties to set
                     * @returns {spotify.clienttoken.http.v0.ChallengeAnswer} ChallengeAnswer instance
                     * @type {{
                     *   (properties: spotify.clienttoken.http.v0.ChallengeAnswer.$Shape): spotify.clienttoken.http.v0.ChallengeAnswer & spotify.clienttoken.http.v0.ChallengeAnswer.$Shape;
                     *   (properties?: spotify.clienttoken.http.v0.ChallengeAnswer.$Properties): spotify.clienttoken.http.v0.ChallengeAnswer;
                     * }}
                     */
                    ChallengeAnswer.create = function(properties) {
                        return new ChallengeAnswer(properties);
                    };

                    /**
                     * Encodes the specified ChallengeAnswer message. Does not implicitly {@link spotify.clienttoken.http.v0.ChallengeAnswer.verify|verify} messages.
                     * @function encode
                     * @memberof spotify.clienttoken.http.v0.ChallengeAnswer
                     * @static
                     * @param {spotify.clienttoken.http.v0.ChallengeAnswer.$Properties} message ChallengeAnswer message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ChallengeAnswer.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.challengeType != null && $Object.hasOwnProperty.call(message, "challengeType") && message.challengeType !== 0)
                            writer.uint32(/* id 1, wireType 0 =*/8).int32(message.challengeType);
                        if (message.hashCash != null && $Object.hasOwnProperty.call(message, "hashCash"))
                            $root.spotify.clienttoken.http.v0.HashcashAnswer.encode(message.hashCash, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Encodes the specified ChallengeAnswer message, length delimited. Does not implicitly {@link spotify.clienttoken.http.v0.ChallengeAnswer.verify|verify} messages.
                     * @function encodeDelimited
                     * @memberof spotify.clienttoken.http.v0.ChallengeAnswer
                     * @static
                     * @param {spotify.clienttoken.http.v0.ChallengeAnswer.$Properties} message ChallengeAnswer message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ChallengeAnswer.encodeDelimited = function(message, writer) {
                        return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                    };

                    /**
                     * Decodes a ChallengeAnswer message from the specified reader or buffer.
                     * @function decode
                     * @memberof spotify.clienttoken.http.v0.ChallengeAnswer
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {spotify.clienttoken.http.v0.ChallengeAnswer & spotify.clienttoken.http.v0.ChallengeAnswer.$Shape} ChallengeAnswer
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ChallengeAnswer.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.spotify.clienttoken.http.v0.ChallengeAnswer();
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
                                    if (value = reader.int32())
                                        message.challengeType = value;
                                    else
                                        delete message.challengeType;
                                    continue;
                                }
                            case 4: {
                                    if (wireType !== 2)
                                        break;
                                    message.hashCash = $root.spotify.clienttoken.http.v0.HashcashAnswer.decode(reader, reader.size(), $undefined, _depth + 1, message.hashCash);
                                    message.answer = "hashCash";
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
                     * Decodes a ChallengeAnswer message from the specified reader or buffer, length delimited.
                     * @function decodeDelimited
                     * @memberof spotify.clienttoken.http.v0.ChallengeAnswer
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @returns {spotify.clienttoken.http.v0.ChallengeAnswer & spotify.clienttoken.http.v0.ChallengeAnswer.$Shape} ChallengeAnswer
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ChallengeAnswer.decodeDelimited = function(reader) {
                        if (!(reader instanceof $Reader))
                            reader = new $Reader(reader);
                        return this.decode(reader, reader.size());
                    };

                    /**
                     * Verifies a ChallengeAnswer message.
                     * @function verify
                     * @memberof spotify.clienttoken.http.v0.ChallengeAnswer
                     * @static
                     * @param {Object.<string,*>} message Plain object to verify
                     * @returns {string|null} `null` if valid, otherwise the reason why it is not
                     */
                    ChallengeAnswer.verify = function (message, _depth) {
                        if (typeof message !== "object" || message === null)
                            return "object expected";
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            return "max depth exceeded";
                        let properties = {};
                        if (message.challengeType != null && $Object.hasOwnProperty.call(message, "challengeType"))
                            if (typeof message.challengeType !== "number" || (message.challengeType | 0) !== message.challengeType)
                                return "challengeType: enum value expected";
                        if (message.hashCash != null && $Object.hasOwnProperty.call(message, "hashCash")) {
                            properties.answer = 1;
                            {
                                let error = $root.spotify.clienttoken.http.v0.HashcashAnswer.verify(message.hashCash, _depth + 1);
                                if (error)
                                    return "hashCash." + error;
                            }
                        }
                        return null;
                    };

                    /**
                     * Creates a ChallengeAnswer message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof spotify.clienttoken.http.v0.ChallengeAnswer
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {spotify.clienttoken.http.v0.ChallengeAnswer} ChallengeAnswer
                     */
                    ChallengeAnswer.fromObject = function (object, _depth) {
                        if (object instanceof $root.spotify.clienttoken.http.v0.ChallengeAnswer)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".spotify.clienttoken.http.v0.ChallengeAnswer: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.spotify.clienttoken.http.v0.ChallengeAnswer();
                        if (object.challengeType !== 0 && (typeof object.challengeType !== "string" || $root.spotify.clienttoken.http.v0.ChallengeType[object.challengeType] !== 0))
                            switch (object.challengeType) {
                            case "CHALLENGE_UNKNOWN":
                            case 0:
                                message.challengeType = 0;
                                break;
                            case "CHALLENGE_CLIENT_SECRET_HMAC":
                            case 1:
                                message.challengeType = 1;
                                break;
                            case "CHALLENGE_EVALUATE_JS":
                            case 2:
                                message.challengeType = 2;
                                break;
                            case "CHALLENGE_HASH_CASH":
                            case 3:
                                message.challengeType = 3;
                                break;
                            default:
                                if (typeof object.challengeType === "number" && (object.challengeType | 0) === object.challengeType)
                                    message.challengeType = object.challengeType;
                            }
                        if (object.hashCash != null) {
                            if (!$util.isObject(object.hashCash))
                                throw $TypeError(".spotify.clienttoken.http.v0.ChallengeAnswer.hashCash: object expected");
                            message.hashCash = $root.spotify.clienttoken.http.v0.HashcashAnswer.fromObject(object.hashCash, _depth + 1);
                        }
                        return message;
                    };

                    /**
                     * Creates a plain object from a ChallengeAnswer message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof spotify.clienttoken.http.v0.ChallengeAnswer
                     * @static
                     * @param {spotify.clienttoken.http.v0.ChallengeAnswer} message ChallengeAnswer
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    ChallengeAnswer.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults)
                            object.challengeType = options.enums === $String ? "CHALLENGE_UNKNOWN" : 0;
                        if (message.challengeType != null && $Object.hasOwnProperty.call(message, "challengeType"))
                            object.challengeType = options.enums === $String ? $root.spotify.clienttoken.http.v0.ChallengeType[message.challengeType] === $undefined ? message.challengeType : $root.spotify.clienttoken.http.v0.ChallengeType[message.challengeType] : message.challengeType;
                        if (message.hashCash != null && $Object.hasOwnProperty.call(message, "hashCash")) {
                            object.hashCash = $root.spotify.clienttoken.http.v0.HashcashAnswer.toObject(message.hashCash, options, _depth + 1);
                            if (options.oneofs)
                                object.answer = "hashCash";
                        }
                        return object;
                    };

                    /**
                     * Converts this ChallengeAnswer to JSON.
                     * @function toJSON
                     * @memberof spotify.clienttoken.http.v0.ChallengeAnswer
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    ChallengeAnswer.prototype.toJSON = function() {
                        return ChallengeAnswer.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for ChallengeAnswer
                     * @function getTypeUrl
                     * @memberof spotify.clienttoken.http.v0.ChallengeAnswer
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    ChallengeAnswer.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/spotify.clienttoken.http.v0.ChallengeAnswer";
                    };

                    return ChallengeAnswer;
                })();

                v0.ChallengeAnswersRequest = (function() {

                    /**
                     * Properties of a ChallengeAnswersRequest.
                     * @typedef {Object} spotify.clienttoken.http.v0.ChallengeAnswersRequest.$Properties
                     * @property {string|null} [state] ChallengeAnswersRequest state
                     * @property {Array.<spotify.clienttoken.http.v0.ChallengeAnswer.$Properties>|null} [answers] ChallengeAnswersRequest answers
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a ChallengeAnswersRequest.
                     * @memberof spotify.clienttoken.http.v0
                     * @interface IChallengeAnswersRequest
                     * @augments spotify.clienttoken.http.v0.ChallengeAnswersRequest.$Properties
                     * @deprecated Use spotify.clienttoken.http.v0.ChallengeAnswersRequest.$Properties instead.
                     */

                    /**
                     * Shape of a ChallengeAnswersRequest.
                     * @typedef {{
                     *   state?: string|null;
                     *   answers?: Array.<spotify.clienttoken.http.v0.ChallengeAnswer.$Shape>|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * }} spotify.clienttoken.http.v0.ChallengeAnswersRequest.$Shape
                     */

                    /**
                     * Constructs a new ChallengeAnswersRequest.
                     * @memberof spotify.clienttoken.http.v0
                     * @classdesc Represents a ChallengeAnswersRequest.
                     * @constructor
                     * @param {spotify.clienttoken.http.v0.ChallengeAnswersRequest.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const ChallengeAnswersRequest = function (properties) {
                        this.answers = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * ChallengeAnswersRequest state.
                     * @member {string} state
                     * @memberof spotify.clienttoken.http.v0.ChallengeAnswersRequest
                     * @instance
                     */
                    ChallengeAnswersRequest.prototype.state = "";

                    /**
                     * ChallengeAnswersRequest answers.
                     * @member {Array.<spotify.clienttoken.http.v0.ChallengeAnswer.$Properties>} answers
                     * @memberof spotify.clienttoken.http.v0.ChallengeAnswersRequest
                     * @instance
                     */
                    ChallengeAnswersRequest.prototype.answers = $util.emptyArray;

                    /**
                     * Creates a new ChallengeAnswersRequest instance using the specified properties.
                     * @function create
                     * @memberof spotify.clienttoken.http.v0.ChallengeAnswersRequest
                     * @static
                     * @param {spotify.clienttoken.http.v0.ChallengeAnswersRequest.$Properties=} [properties] Properties to set
                     * @returns {spotify.clienttoken.http.v0.ChallengeAnswersRequest} ChallengeAnswersRequest instance
                     * @type {{
                     *   (properties: spotify.clienttoken.http.v0.ChallengeAnswersRequest.$Shape): spotify.clienttoken.http.v0.ChallengeAnswersRequest & spotify.clienttoken.http.v0.ChallengeAnswersRequest.$Shape;
                     *   (properties?: spotify.clienttoken.http.v0.ChallengeAnswersRequest.$Properties): spotify.clienttoken.http.v0.ChallengeAnswersRequest;
                     * }}
                     */
                    ChallengeAnswersRequest.create = function(properties) {
                        return new ChallengeAnswersRequest(properties);
                    };

                    /**
                     * Encodes the specified ChallengeAnswersRequest message. Does not implicitly {@link spotify.clienttoken.http.v0.ChallengeAnswersRequest.verify|verify} messages.
                     * @function encode
                     * @memberof spotify.clienttoken.http.v0.ChallengeAnswersRequest
                     * @static
                     * @param {spotify.clienttoken.http.v0.ChallengeAnswersRequest.$Properties} message ChallengeAnswersRequest message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ChallengeAnswersRequest.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== "")
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.state);
                        if (message.answers != null && message.answers.length)
                            for (let i = 0; i < message.answers.length; ++i)
                                $root.spotify.clienttoken.http.v0.ChallengeAnswer.encode(message.answers[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Encodes the specified ChallengeAnswersRequest message, length delimited. Does not implicitly {@link spotify.clienttoken.http.v0.ChallengeAnswersRequest.verify|verify} messages.
                     * @function encodeDelimited
                     * @memberof spotify.clienttoken.http.v0.ChallengeAnswersRequest
                     * @static
                     * @param {spotify.clienttoken.http.v0.ChallengeAnswersRequest.$Properties} message ChallengeAnswersRequest message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ChallengeAnswersRequest.encodeDelimited = function(message, writer) {
                        return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                    };

                    /**
                     * Decodes a ChallengeAnswersRequest message from the specified reader or buffer.
                     * @function decode
                     * @memberof spotify.clienttoken.http.v0.ChallengeAnswersRequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {spotify.clienttoken.http.v0.ChallengeAnswersRequest & spotify.clienttoken.http.v0.ChallengeAnswersRequest.$Shape} ChallengeAnswersRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ChallengeAnswersRequest.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.spotify.clienttoken.http.v0.ChallengeAnswersRequest();
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
                                    if ((value = reader.stringVerify()).length)
                                        message.state = value;
                                    else
                                        delete message.state;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.answers && message.answers.length))
                                        message.answers = [];
                                    message.answers.push($root.spotify.clienttoken.http.v0.ChallengeAnswer.decode(reader, reader.size(), $undefined, _depth + 1));
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
                     * Decodes a ChallengeAnswersRequest message from the specified reader or buffer, length delimited.
                     * @function decodeDelimited
                     * @memberof spotify.clienttoken.http.v0.ChallengeAnswersRequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @returns {spotify.clienttoken.http.v0.ChallengeAnswersRequest & spotify.clienttoken.http.v0.ChallengeAnswersRequest.$Shape} ChallengeAnswersRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ChallengeAnswersRequest.decodeDelimited = function(reader) {
                        if (!(reader instanceof $Reader))
                            reader = new $Reader(reader);
                        return this.decode(reader, reader.size());
                    };

                    /**
                     * Verifies a ChallengeAnswersRequest message.
                     * @function verify
                     * @memberof spotify.clienttoken.http.v0.ChallengeAnswersRequest
                     * @static
                     * @param {Object.<string,*>} message Plain object to verify
                     * @returns {string|null} `null` if valid, otherwise the reason why it is not
                     */
                    ChallengeAnswersRequest.verify = function (message, _depth) {
                        if (typeof message !== "object" || message === null)
                            return "object expected";
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            return "max depth exceeded";
                        if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                            if (!$util.isString(message.state))
                                return "state: string expected";
                        if (message.answers != null && $Object.hasOwnProperty.call(message, "answers")) {
                            if (!$Array.isArray(message.answers))
                                return "answers: array expected";
                            for (let i = 0; i < message.answers.length; ++i) {
                                let error = $root.spotify.clienttoken.http.v0.ChallengeAnswer.verify(message.answers[i], _depth + 1);
                                if (error)
                                    return "answers." + error;
                            }
                        }
                        return null;
                    };

                    /**
                     * Creates a ChallengeAnswersRequest message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof spotify.clienttoken.http.v0.ChallengeAnswersRequest
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {spotify.clienttoken.http.v0.ChallengeAnswersRequest} ChallengeAnswersRequest
                     */
                    ChallengeAnswersRequest.fromObject = function (object, _depth) {
                        if (object instanceof $root.spotify.clienttoken.http.v0.ChallengeAnswersRequest)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".spotify.clienttoken.http.v0.ChallengeAnswersRequest: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.spotify.clienttoken.http.v0.ChallengeAnswersRequest();
                        if (object.state != null)
                            if (typeof object.state !== "string" || object.state.length)
                                message.state = $String(object.state);
                        if (object.answers) {
                            if (!$Array.isArray(object.answers))
                                throw $TypeError(".spotify.clienttoken.http.v0.ChallengeAnswersRequest.answers: array expected");
                            message.answers = $Array(object.answers.length);
                            for (let i = 0; i < object.answers.length; ++i) {
                                if (!$util.isObject(object.answers[i]))
                                    throw $TypeError(".spotify.clienttoken.http.v0.ChallengeAnswersRequest.answers: object expected");
                                message.answers[i] = $root.spotify.clienttoken.http.v0.ChallengeAnswer.fromObject(object.answers[i], _depth + 1);
                            }
                        }
                        return message;
                    };

                    /**
                     * Creates a plain object from a ChallengeAnswersRequest message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof spotify.clienttoken.http.v0.ChallengeAnswersRequest
                     * @static
                     * @param {spotify.clienttoken.http.v0.ChallengeAnswersRequest} message ChallengeAnswersRequest
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    ChallengeAnswersRequest.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.arrays || options.defaults)
                            object.answers = [];
                        if (options.defaults)
                            object.state = "";
                        if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                            object.state = message.state;
                        if (message.answers && message.answers.length) {
                            object.answers = $Array(message.answers.length);
                            for (let j = 0; j < message.answers.length; ++j)
                                object.answers[j] = $root.spotify.clienttoken.http.v0.ChallengeAnswer.toObject(message.answers[j], options, _depth + 1);
                        }
                        return object;
                    };

                    /**
                     * Converts this ChallengeAnswersRequest to JSON.
                     * @function toJSON
                     * @memberof spotify.clienttoken.http.v0.ChallengeAnswersRequest
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    ChallengeAnswersRequest.prototype.toJSON = function() {
                        return ChallengeAnswersRequest.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for ChallengeAnswersRequest
                     * @function getTypeUrl
                     * @memberof spotify.clienttoken.http.v0.ChallengeAnswersRequest
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    ChallengeAnswersRequest.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/spotify.clienttoken.http.v0.ChallengeAnswersRequest";
                    };

                    return ChallengeAnswersRequest;
                })();

                v0.ClientTokenRequest = (function() {

                    /**
                     * Properties of a ClientTokenRequest.
                     * @typedef {Object} spotify.clienttoken.http.v0.ClientTokenRequest.$Properties
                     * @property {spotify.clienttoken.http.v0.ClientTokenRequestType|null} [requestType] ClientTokenRequest requestType
                     * @property {spotify.clienttoken.http.v0.ClientDataRequest.$Properties|null} [clientData] ClientTokenRequest clientData
                     * @property {spotify.clienttoken.http.v0.ChallengeAnswersRequest.$Properties|null} [challengeAnswers] ClientTokenRequest challengeAnswers
                     * @property {"clientData"|"challengeAnswers"} [request] ClientTokenRequest request
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a ClientTokenRequest.
                     * @memberof spotify.clienttoken.http.v0
                     * @interface IClientTokenRequest
                     * @augments spotify.clienttoken.http.v0.ClientTokenRequest.$Properties
                     * @deprecated Use spotify.clienttoken.http.v0.ClientTokenRequest.$Properties instead.
                     */

                    /**
                     * Narrowed shape of a ClientTokenRequest.
                     * @typedef {{
                     *   requestType?: spotify.clienttoken.http.v0.ClientTokenRequestType|null;
                     *   clientData?: spotify.clienttoken.http.v0.ClientDataRequest.$Shape|null;
                     *   challengeAnswers?: spotify.clienttoken.http.v0.ChallengeAnswersRequest.$Shape|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * } & (
                     *   ({ request?: undefined; clientData?: null; challengeAnswers?: null }|{ request?: "clientData"; clientData: spotify.clienttoken.http.v0.ClientDataRequest.$Shape; challengeAnswers?: null }|{ request?: "challengeAnswers"; clientData?: null; challengeAnswers: spotify.clienttoken.http.v0.ChallengeAnswersRequest.$Shape })
                     * )} spotify.clienttoken.http.v0.ClientTokenRequest.$Shape
                     */

                    /**
                     * Constructs a new ClientTokenRequest.
                     * @memberof spotify.clienttoken.http.v0
                     * @classdesc Represents a ClientTokenRequest.
                     * @constructor
                     * @param {spotify.clienttoken.http.v0.ClientTokenRequest.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const ClientTokenRequest = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * ClientTokenRequest requestType.
                     * @member {spotify.clienttoken.http.v0.ClientTokenRequestType} requestType
                     * @memberof spotify.clienttoken.http.v0.ClientTokenRequest
                     * @instance
                     */
                    ClientTokenRequest.prototype.requestType = 0;

                    /**
                     * ClientTokenRequest clientData.
                     * @member {spotify.clienttoken.http.v0.ClientDataRequest.$Properties|null|undefined} clientData
                     * @memberof spotify.clienttoken.http.v0.ClientTokenRequest
                     * @instance
                     */
                    ClientTokenRequest.prototype.clientData = null;

                    /**
                     * ClientTokenRequest challengeAnswers.
                     * @member {spotify.clienttoken.http.v0.ChallengeAnswersRequest.$Properties|null|undefined} challengeAnswers
                     * @memberof spotify.clienttoken.http.v0.ClientTokenRequest
                     * @instance
                     */
                    ClientTokenRequest.prototype.challengeAnswers = null;

                    // OneOf field names bound to virtual getters and setters
                    let $oneOfFields;

                    /**
                     * ClientTokenRequest request.
                     * @member {"clientData"|"challengeAnswers"|undefined} request
                     * @memberof spotify.clienttoken.http.v0.ClientTokenRequest
                     * @instance
                     */
                    $Object.defineProperty(ClientTokenRequest.prototype, "request", {
                        get: $util.oneOfGetter($oneOfFields = ["clientData", "challengeAnswers"]),
                        set: $util.oneOfSetter($oneOfFields)
                    });

                    /**
                     * Creates a new ClientTokenRequest instance using the specified properties.
                     * @function create
                     * @memberof spotify.clienttoken.http.v0.ClientTokenRequest
                     * @static
                     * @param {spotify.clienttoken.http.v0.ClientTokenRequest.$Properties=} [properties] Properties to set
                     * @returns {spotify.clienttoken.http.v0.ClientTokenRequest} ClientTokenRequest instance
                     * @type {{
                     *   (properties: spotify.clienttoken.http.v0.ClientTokenRequest.$Shape): spotify.clienttoken.http.v0.ClientTokenRequest & spotify.clienttoken.http.v0.ClientTokenRequest.$Shape;
                     *   (properties?: spotify.clienttoken.http.v0.ClientTokenRequest.$Properties): spotify.clienttoken.http.v0.ClientTokenRequest;
                     * }}
                     */
                    ClientTokenRequest.create = function(properties) {
                        return new ClientTokenRequest(properties);
                    };

                    /**
                     * Encodes the specified ClientTokenRequest message. Does not implicitly {@link spotify.clienttoken.http.v0.ClientTokenRequest.verify|verify} messages.
                     * @function encode
                     * @memberof spotify.clienttoken.http.v0.ClientTokenRequest
                     * @static
                     * @param {spotify.clienttoken.http.v0.ClientTokenRequest.$Properties} message ClientTokenRequest message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ClientTokenRequest.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.requestType != null && $Object.hasOwnProperty.call(message, "requestType") && message.requestType !== 0)
                            writer.uint32(/* id 1, wireType 0 =*/8).int32(message.requestType);
                        if (message.clientData != null && $Object.hasOwnProperty.call(message, "clientData"))
                            $root.spotify.clienttoken.http.v0.ClientDataRequest.encode(message.clientData, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                        if (message.challengeAnswers != null && $Object.hasOwnProperty.call(message, "challengeAnswers"))
                            $root.spotify.clienttoken.http.v0.ChallengeAnswersRequest.encode(message.challengeAnswers, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Encodes the specified ClientTokenRequest message, length delimited. Does not implicitly {@link spotify.clienttoken.http.v0.ClientTokenRequest.verify|verify} messages.
                     * @function encodeDelimited
                     * @memberof spotify.clienttoken.http.v0.ClientTokenRequest
                     * @static
                     * @param {spotify.clienttoken.http.v0.ClientTokenRequest.$Properties} message ClientTokenRequest message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ClientTokenRequest.encodeDelimited = function(message, writer) {
                        return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                    };

                    /**
                     * Decodes a ClientTokenRequest message from the specified reader or buffer.
                     * @function decode
                     * @memberof spotify.clienttoken.http.v0.ClientTokenRequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {spotify.clienttoken.http.v0.ClientTokenRequest & spotify.clienttoken.http.v0.ClientTokenRequest.$Shape} ClientTokenRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ClientTokenRequest.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.spotify.clienttoken.http.v0.ClientTokenRequest();
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
                                    if (value = reader.int32())
                                        message.requestType = value;
                                    else
                                        delete message.requestType;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    message.clientData = $root.spotify.clienttoken.http.v0.ClientDataRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.clientData);
                                    message.request = "clientData";
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 2)
                                        break;
                                    message.challengeAnswers = $root.spotify.clienttoken.http.v0.ChallengeAnswersRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.challengeAnswers);
                                    message.request = "challengeAnswers";
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
                     * Decodes a ClientTokenRequest message from the specified reader or buffer, length delimited.
                     * @function decodeDelimited
                     * @memberof spotify.clienttoken.http.v0.ClientTokenRequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @returns {spotify.clienttoken.http.v0.ClientTokenRequest & spotify.clienttoken.http.v0.ClientTokenRequest.$Shape} ClientTokenRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ClientTokenRequest.decodeDelimited = function(reader) {
                        if (!(reader instanceof $Reader))
                            reader = new $Reader(reader);
                        return this.decode(reader, reader.size());
                    };

                    /**
                     * Verifies a ClientTokenRequest message.
                     * @function verify
                     * @memberof spotify.clienttoken.http.v0.ClientTokenRequest
                     * @static
                     * @param {Object.<string,*>} message Plain object to verify
                     * @returns {string|null} `null` if valid, otherwise the reason why it is not
                     */
                    ClientTokenRequest.verify = function (message, _depth) {
                        if (typeof message !== "object" || message === null)
                            return "object expected";
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            return "max depth exceeded";
                        let properties = {};
                        if (message.requestType != null && $Object.hasOwnProperty.call(message, "requestType"))
                            if (typeof message.requestType !== "number" || (message.requestType | 0) !== message.requestType)
                                return "requestType: enum value expected";
                        if (message.clientData != null && $Object.hasOwnProperty.call(message, "clientData")) {
                            properties.request = 1;
                            {
                                let error = $root.spotify.clienttoken.http.v0.ClientDataRequest.verify(message.clientData, _depth + 1);
                                if (error)
                                    return "clientData." + error;
                            }
                        }
                        if (message.challengeAnswers != null && $Object.hasOwnProperty.call(message, "challengeAnswers")) {
                            if (properties.request === 1)
                                return "request: multiple values";
                            properties.request = 1;
                            {
                                let error = $root.spotify.clienttoken.http.v0.ChallengeAnswersRequest.verify(message.challengeAnswers, _depth + 1);
                                if (error)
                                    return "challengeAnswers." + error;
                            }
                        }
                        return null;
                    };

                    /**
                     * Creates a ClientTokenRequest message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof spotify.clienttoken.http.v0.ClientTokenRequest
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {spotify.clienttoken.http.v0.ClientTokenRequest} ClientTokenRequest
                     */
                    ClientTokenRequest.fromObject = function (object, _depth) {
                        if (object instanceof $root.spotify.clienttoken.http.v0.ClientTokenRequest)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".spotify.clienttoken.http.v0.ClientTokenRequest: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.spotify.clienttoken.http.v0.ClientTokenRequest();
                        if (object.requestType !== 0 && (typeof object.requestType !== "string" || $root.spotify.clienttoken.http.v0.ClientTokenRequestType[object.requestType] !== 0))
                            switch (object.requestType) {
                            case "REQUEST_UNKNOWN":
                            case 0:
                                message.requestType = 0;
                                break;
                            case "REQUEST_CLIENT_DATA_REQUEST":
                            case 1:
                                message.requestType = 1;
                                break;
                            case "REQUEST_CHALLENGE_ANSWERS_REQUEST":
                            case 2:
                                message.requestType = 2;
                                break;
                            default:
                                if (typeof object.requestType === "number" && (object.requestType | 0) === object.requestType)
                                    message.requestType = object.requestType;
                            }
                        if (object.clientData != null) {
                            if (!$util.isObject(object.clientData))
                                throw $TypeError(".spotify.clienttoken.http.v0.ClientTokenRequest.clientData: object expected");
                            message.clientData = $root.spotify.clienttoken.http.v0.ClientDataRequest.fromObject(object.clientData, _depth + 1);
                        }
                        if (object.challengeAnswers != null) {
                            if (!$util.isObject(object.challengeAnswers))
                                throw $TypeError(".spotify.clienttoken.http.v0.ClientTokenRequest.challengeAnswers: object expected");
                            message.challengeAnswers = $root.spotify.clienttoken.http.v0.ChallengeAnswersRequest.fromObject(object.challengeAnswers, _depth + 1);
                        }
                        return message;
                    };

                    /**
                     * Creates a plain object from a ClientTokenRequest message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof spotify.clienttoken.http.v0.ClientTokenRequest
                     * @static
                     * @param {spotify.clienttoken.http.v0.ClientTokenRequest} message ClientTokenRequest
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    ClientTokenRequest.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults)
                            object.requestType = options.enums === $String ? "REQUEST_UNKNOWN" : 0;
                        if (message.requestType != null && $Object.hasOwnProperty.call(message, "requestType"))
                            object.requestType = options.enums === $String ? $root.spotify.clienttoken.http.v0.ClientTokenRequestType[message.requestType] === $undefined ? message.requestType : $root.spotify.clienttoken.http.v0.ClientTokenRequestType[message.requestType] : message.requestType;
                        if (message.clientData != null && $Object.hasOwnProperty.call(message, "clientData")) {
                            object.clientData = $root.spotify.clienttoken.http.v0.ClientDataRequest.toObject(message.clientData, options, _depth + 1);
                            if (options.oneofs)
                                object.request = "clientData";
                        }
                        if (message.challengeAnswers != null && $Object.hasOwnProperty.call(message, "challengeAnswers")) {
                            object.challengeAnswers = $root.spotify.clienttoken.http.v0.ChallengeAnswersRequest.toObject(message.challengeAnswers, options, _depth + 1);
                            if (options.oneofs)
                                object.request = "challengeAnswers";
                        }
                        return object;
                    };

                    /**
                     * Converts this ClientTokenRequest to JSON.
                     * @function toJSON
                     * @memberof spotify.clienttoken.http.v0.ClientTokenRequest
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    ClientTokenRequest.prototype.toJSON = function() {
                        return ClientTokenRequest.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for ClientTokenRequest
                     * @function getTypeUrl
                     * @memberof spotify.clienttoken.http.v0.ClientTokenRequest
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    ClientTokenRequest.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/spotify.clienttoken.http.v0.ClientTokenRequest";
                    };

                    return ClientTokenRequest;
                })();

                v0.TokenDomain = (function() {

                    /**
                     * Properties of a TokenDomain.
                     * @typedef {Object} spotify.clienttoken.http.v0.TokenDomain.$Properties
                     * @property {string|null} [domain] TokenDomain domain
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a TokenDomain.
                     * @memberof spotify.clienttoken.http.v0
                     * @interface ITokenDomain
                     * @augments spotify.clienttoken.http.v0.TokenDomain.$Properties
                     * @deprecated Use spotify.clienttoken.http.v0.TokenDomain.$Properties instead.
                     */

                    /**
                     * Shape of a TokenDomain.
                     * @typedef {spotify.clienttoken.http.v0.TokenDomain.$Properties} spotify.clienttoken.http.v0.TokenDomain.$Shape
                     */

                    /**
                     * Constructs a new TokenDomain.
                     * @memberof spotify.clienttoken.http.v0
                     * @classdesc Represents a TokenDomain.
                     * @constructor
                     * @param {spotify.clienttoken.http.v0.TokenDomain.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const TokenDomain = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * TokenDomain domain.
                     * @member {string} domain
                     * @memberof spotify.clienttoken.http.v0.TokenDomain
                     * @instance
                     */
                    TokenDomain.prototype.domain = "";

                    /**
                     * Creates a new TokenDomain instance using the specified properties.
                     * @function create
                     * @memberof spotify.clienttoken.http.v0.TokenDomain
                     * @static
                     * @param {spotify.clienttoken.http.v0.TokenDomain.$Properties=} [properties] Properties to set
                     * @returns {spotify.clienttoken.http.v0.TokenDomain} TokenDomain instance
                     * @type {{
                     *   (properties: spotify.clienttoken.http.v0.TokenDomain.$Shape): spotify.clienttoken.http.v0.TokenDomain & spotify.clienttoken.http.v0.TokenDomain.$Shape;
                     *   (properties?: spotify.clienttoken.http.v0.TokenDomain.$Properties): spotify.clienttoken.http.v0.TokenDomain;
                     * }}
                     */
                    TokenDomain.create = function(properties) {
                        return new TokenDomain(properties);
                    };

                    /**
                     * Encodes the specified TokenDomain message. Does not implicitly {@link spotify.clienttoken.http.v0.TokenDomain.verify|verify} messages.
                     * @function encode
                     * @memberof spotify.clienttoken.http.v0.TokenDomain
                     * @static
                     * @param {spotify.clienttoken.http.v0.TokenDomain.$Properties} message TokenDomain message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    TokenDomain.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.domain != null && $Object.hasOwnProperty.call(message, "domain") && message.domain !== "")
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.domain);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Encodes the specified TokenDomain message, length delimited. Does not implicitly {@link spotify.clienttoken.http.v0.TokenDomain.verify|verify} messages.
                     * @function encodeDelimited
                     * @memberof spotify.clienttoken.http.v0.TokenDomain
                     * @static
                     * @param {spotify.clienttoken.http.v0.TokenDomain.$Properties} message TokenDomain message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    TokenDomain.encodeDelimited = function(message, writer) {
                        return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                    };

                    /**
                     * Decodes a TokenDomain message from the specified reader or buffer.
                     * @function decode
                     * @memberof spotify.clienttoken.http.v0.TokenDomain
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {spotify.clienttoken.http.v0.TokenDomain & spotify.clienttoken.http.v0.TokenDomain.$Shape} TokenDomain
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    TokenDomain.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.spotify.clienttoken.http.v0.TokenDomain();
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
                                    if ((value = reader.stringVerify()).length)
                                        message.domain = value;
                                    else
                                        delete message.domain;
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
                     * Decodes a TokenDomain message from the specified reader or buffer, length delimited.
                     * @function decodeDelimited
                     * @memberof spotify.clienttoken.http.v0.TokenDomain
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @returns {spotify.clienttoken.http.v0.TokenDomain & spotify.clienttoken.http.v0.TokenDomain.$Shape} TokenDomain
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    TokenDomain.decodeDelimited = function(reader) {
                        if (!(reader instanceof $Reader))
                            reader = new $Reader(reader);
                        return this.decode(reader, reader.size());
                    };

                    /**
                     * Verifies a TokenDomain message.
                     * @function verify
                     * @memberof spotify.clienttoken.http.v0.TokenDomain
                     * @static
                     * @param {Object.<string,*>} message Plain object to verify
                     * @returns {string|null} `null` if valid, otherwise the reason why it is not
                     */
                    TokenDomain.verify = function (message, _depth) {
                        if (typeof message !== "object" || message === null)
                            return "object expected";
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            return "max depth exceeded";
                        if (message.domain != null && $Object.hasOwnProperty.call(message, "domain"))
                            if (!$util.isString(message.domain))
                                return "domain: string expected";
                        return null;
                    };

                    /**
                     * Creates a TokenDomain message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof spotify.clienttoken.http.v0.TokenDomain
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {spotify.clienttoken.http.v0.TokenDomain} TokenDomain
                     */
                    TokenDomain.fromObject = function (object, _depth) {
                        if (object instanceof $root.spotify.clienttoken.http.v0.TokenDomain)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".spotify.clienttoken.http.v0.TokenDomain: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.spotify.clienttoken.http.v0.TokenDomain();
                        if (object.domain != null)
                            if (typeof object.domain !== "string" || object.domain.length)
                                message.domain = $String(object.domain);
                        return message;
                    };

                    /**
                     * Creates a plain object from a TokenDomain message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof spotify.clienttoken.http.v0.TokenDomain
                     * @static
                     * @param {spotify.clienttoken.http.v0.TokenDomain} message TokenDomain
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    TokenDomain.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults)
                            object.domain = "";
                        if (message.domain != null && $Object.hasOwnProperty.call(message, "domain"))
                            object.domain = message.domain;
                        return object;
                    };

                    /**
                     * Converts this TokenDomain to JSON.
                     * @function toJSON
                     * @memberof spotify.clienttoken.http.v0.TokenDomain
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    TokenDomain.prototype.toJSON = function() {
                        return TokenDomain.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for TokenDomain
                     * @function getTypeUrl
                     * @memberof spotify.clienttoken.http.v0.TokenDomain
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    TokenDomain.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/spotify.clienttoken.http.v0.TokenDomain";
                    };

                    return TokenDomain;
                })();

                v0.GrantedTokenResponse = (function() {

                    /**
                     * Properties of a GrantedTokenResponse.
                     * @typedef {Object} spotify.clienttoken.http.v0.GrantedTokenResponse.$Properties
                     * @property {string|null} [token] GrantedTokenResponse token
                     * @property {number|null} [expiresAfterSeconds] GrantedTokenResponse expiresAfterSeconds
                     * @property {number|null} [refreshAfterSeconds] GrantedTokenResponse refreshAfterSeconds
                     * @property {Array.<spotify.clienttoken.http.v0.TokenDomain.$Properties>|null} [domains] GrantedTokenResponse domains
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a GrantedTokenResponse.
                     * @memberof spotify.clienttoken.http.v0
                     * @interface IGrantedTokenResponse
                     * @augments spotify.clienttoken.http.v0.GrantedTokenResponse.$Properties
                     * @deprecated Use spotify.clienttoken.http.v0.GrantedTokenResponse.$Properties instead.
                     */

                    /**
                     * Shape of a GrantedTokenResponse.
                     * @typedef {spotify.clienttoken.http.v0.GrantedTokenResponse.$Properties} spotify.clienttoken.http.v0.GrantedTokenResponse.$Shape
                     */

                    /**
                     * Constructs a new GrantedTokenResponse.
                     * @memberof spotify.clienttoken.http.v0
                     * @classdesc Represents a GrantedTokenResponse.
                     * @constructor
                     * @param {spotify.clienttoken.http.v0.GrantedTokenResponse.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const GrantedTokenResponse = function (properties) {
                        this.domains = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * GrantedTokenResponse token.
                     * @member {string} token
                     * @memberof spotify.clienttoken.http.v0.GrantedTokenResponse
                     * @instance
                     */
                    GrantedTokenResponse.prototype.token = "";

                    /**
                     * GrantedTokenResponse expiresAfterSeconds.
                     * @member {number} expiresAfterSeconds
                     * @memberof spotify.clienttoken.http.v0.GrantedTokenResponse
                     * @instance
                     */
                    GrantedTokenResponse.prototype.expiresAfterSeconds = 0;

                    /**
                     * GrantedTokenResponse refreshAfterSeconds.
                     * @member {number} refreshAfterSeconds
                     * @memberof spotify.clienttoken.http.v0.GrantedTokenResponse
                     * @instance
                     */
                    GrantedTokenResponse.prototype.refreshAfterSeconds = 0;

                    /**
                     * GrantedTokenResponse domains.
                     * @member {Array.<spotify.clienttoken.http.v0.TokenDomain.$Properties>} domains
                     * @memberof spotify.clienttoken.http.v0.GrantedTokenResponse
                     * @instance
                     */
                    GrantedTokenResponse.prototype.domains = $util.emptyArray;

                    /**
                     * Creates a new GrantedTokenResponse instance using the specified properties.
                     * @function create
                     * @memberof spotify.clienttoken.http.v0.GrantedTokenResponse
                     * @static
                     * @param {spotify.clienttoken.http.v0.GrantedTokenResponse.$Properties=} [properties] Properties to set
                     * @returns {spotify.clienttoken.http.v0.GrantedTokenResponse} GrantedTokenResponse instance
                     * @type {{
                     *   (properties: spotify.clienttoken.http.v0.GrantedTokenResponse.$Shape): spotify.clienttoken.http.v0.GrantedTokenResponse & spotify.clienttoken.http.v0.GrantedTokenResponse.$Shape;
                     *   (properties?: spotify.clienttoken.http.v0.GrantedTokenResponse.$Properties): spotify.clienttoken.http.v0.GrantedTokenResponse;
                     * }}
                     */
                    GrantedTokenResponse.create = function(properties) {
                        return new GrantedTokenResponse(properties);
                    };

                    /**
                     * Encodes the specified GrantedTokenResponse message. Does not implicitly {@link spotify.clienttoken.http.v0.GrantedTokenResponse.verify|verify} messages.
                     * @function encode
                     * @memberof spotify.clienttoken.http.v0.GrantedTokenResponse
                     * @static
                     * @param {spotify.clienttoken.http.v0.GrantedTokenResponse.$Properties} message GrantedTokenResponse message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    GrantedTokenResponse.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.token != null && $Object.hasOwnProperty.call(message, "token") && message.token !== "")
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.token);
                        if (message.expiresAfterSeconds != null && $Object.hasOwnProperty.call(message, "expiresAfterSeconds") && message.expiresAfterSeconds !== 0)
                            writer.uint32(/* id 2, wireType 0 =*/16).int32(message.expiresAfterSeconds);
                        if (message.refreshAfterSeconds != null && $Object.hasOwnProperty.call(message, "refreshAfterSeconds") && message.refreshAfterSeconds !== 0)
                            writer.uint32(/* id 3, wireType 0 =*/24).int32(message.refreshAfterSeconds);
                        if (message.domains != null && message.domains.length)
                            for (let i = 0; i < message.domains.length; ++i)
                                $root.spotify.clienttoken.http.v0.TokenDomain.encode(message.domains[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Encodes the specified GrantedTokenResponse message, length delimited. Does not implicitly {@link spotify.clienttoken.http.v0.GrantedTokenResponse.verify|verify} messages.
                     * @function encodeDelimited
                     * @memberof spotify.clienttoken.http.v0.GrantedTokenResponse
                     * @static
                     * @param {spotify.clienttoken.http.v0.GrantedTokenResponse.$Properties} message GrantedTokenResponse message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    GrantedTokenResponse.encodeDelimited = function(message, writer) {
                        return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                    };

                    /**
                     * Decodes a GrantedTokenResponse message from the specified reader or buffer.
                     * @function decode
                     * @memberof spotify.clienttoken.http.v0.GrantedTokenResponse
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {spotify.clienttoken.http.v0.GrantedTokenResponse & spotify.clienttoken.http.v0.GrantedTokenResponse.$Shape} GrantedTokenResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    GrantedTokenResponse.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.spotify.clienttoken.http.v0.GrantedTokenResponse();
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
                                    if ((value = reader.stringVerify()).length)
                                        message.token = value;
                                    else
                                        delete message.token;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.int32())
                                        message.expiresAfterSeconds = value;
                                    else
                                        delete message.expiresAfterSeconds;
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.int32())
                                        message.refreshAfterSeconds = value;
                                    else
                                        delete message.refreshAfterSeconds;
                                    continue;
                                }
                            case 4: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.domains && message.domains.length))
                                        message.domains = [];
                                    message.domains.push($root.spotify.clienttoken.http.v0.TokenDomain.decode(reader, reader.size(), $undefined, _depth + 1));
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
                     * Decodes a GrantedTokenResponse message from the specified reader or buffer, length delimited.
                     * @function decodeDelimited
                     * @memberof spotify.clienttoken.http.v0.GrantedTokenResponse
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @returns {spotify.clienttoken.http.v0.GrantedTokenResponse & spotify.clienttoken.http.v0.GrantedTokenResponse.$Shape} GrantedTokenResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    GrantedTokenResponse.decodeDelimited = function(reader) {
                        if (!(reader instanceof $Reader))
                            reader = new $Reader(reader);
                        return this.decode(reader, reader.size());
                    };

                    /**
                     * Verifies a GrantedTokenResponse message.
                     * @function verify
                     * @memberof spotify.clienttoken.http.v0.GrantedTokenResponse
                     * @static
                     * @param {Object.<string,*>} message Plain object to verify
                     * @returns {string|null} `null` if valid, otherwise the reason why it is not
                     */
                    GrantedTokenResponse.verify = function (message, _depth) {
                        if (typeof message !== "object" || message === null)
                            return "object expected";
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            return "max depth exceeded";
                        if (message.token != null && $Object.hasOwnProperty.call(message, "token"))
                            if (!$util.isString(message.token))
                                return "token: string expected";
                        if (message.expiresAfterSeconds != null && $Object.hasOwnProperty.call(message, "expiresAfterSeconds"))
                            if (!$util.isInteger(message.expiresAfterSeconds))
                                return "expiresAfterSeconds: integer expected";
                        if (message.refreshAfterSeconds != null && $Object.hasOwnProperty.call(message, "refreshAfterSeconds"))
                            if (!$util.isInteger(message.refreshAfterSeconds))
                                return "refreshAfterSeconds: integer expected";
                        if (message.domains != null && $Object.hasOwnProperty.call(message, "domains")) {
                            if (!$Array.isArray(message.domains))
                                return "domains: array expected";
                            for (let i = 0; i < message.domains.length; ++i) {
                                let error = $root.spotify.clienttoken.http.v0.TokenDomain.verify(message.domains[i], _depth + 1);
                                if (error)
                                    return "domains." + error;
                            }
                        }
                        return null;
                    };

                    /**
                     * Creates a GrantedTokenResponse message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof spotify.clienttoken.http.v0.GrantedTokenResponse
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {spotify.clienttoken.http.v0.GrantedTokenResponse} GrantedTokenResponse
                     */
                    GrantedTokenResponse.fromObject = function (object, _depth) {
                        if (object instanceof $root.spotify.clienttoken.http.v0.GrantedTokenResponse)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".spotify.clienttoken.http.v0.GrantedTokenResponse: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.spotify.clienttoken.http.v0.GrantedTokenResponse();
                        if (object.token != null)
                            if (typeof object.token !== "string" || object.token.length)
                                message.token = $String(object.token);
                        if (object.expiresAfterSeconds != null)
                            if ($Number(object.expiresAfterSeconds) !== 0)
                                message.expiresAfterSeconds = object.expiresAfterSeconds | 0;
                        if (object.refreshAfterSeconds != null)
                            if ($Number(object.refreshAfterSeconds) !== 0)
                                message.refreshAfterSeconds = object.refreshAfterSeconds | 0;
                        if (object.domains) {
                            if (!$Array.isArray(object.domains))
                                throw $TypeError(".spotify.clienttoken.http.v0.GrantedTokenResponse.domains: array expected");
                            message.domains = $Array(object.domains.length);
                            for (let i = 0; i < object.domains.length; ++i) {
                                if (!$util.isObject(object.domains[i]))
                                    throw $TypeError(".spotify.clienttoken.http.v0.GrantedTokenResponse.domains: object expected");
                                message.domains[i] = $root.spotify.clienttoken.http.v0.TokenDomain.fromObject(object.domains[i], _depth + 1);
                            }
                        }
                        return message;
                    };

                    /**
                     * Creates a plain object from a GrantedTokenResponse message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof spotify.clienttoken.http.v0.GrantedTokenResponse
                     * @static
                     * @param {spotify.clienttoken.http.v0.GrantedTokenResponse} message GrantedTokenResponse
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    GrantedTokenResponse.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.arrays || options.defaults)
                            object.domains = [];
                        if (options.defaults) {
                            object.token = "";
                            object.expiresAfterSeconds = 0;
                            object.refreshAfterSeconds = 0;
                        }
                        if (message.token != null && $Object.hasOwnProperty.call(message, "token"))
                            object.token = message.token;
                        if (message.expiresAfterSeconds != null && $Object.hasOwnProperty.call(message, "expiresAfterSeconds"))
                            object.expiresAfterSeconds = message.expiresAfterSeconds;
                        if (message.refreshAfterSeconds != null && $Object.hasOwnProperty.call(message, "refreshAfterSeconds"))
                            object.refreshAfterSeconds = message.refreshAfterSeconds;
                        if (message.domains && message.domains.length) {
                            object.domains = $Array(message.domains.length);
                            for (let j = 0; j < message.domains.length; ++j)
                                object.domains[j] = $root.spotify.clienttoken.http.v0.TokenDomain.toObject(message.domains[j], options, _depth + 1);
                        }
                        return object;
                    };

                    /**
                     * Converts this GrantedTokenResponse to JSON.
                     * @function toJSON
                     * @memberof spotify.clienttoken.http.v0.GrantedTokenResponse
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    GrantedTokenResponse.prototype.toJSON = function() {
                        return GrantedTokenResponse.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for GrantedTokenResponse
                     * @function getTypeUrl
                     * @memberof spotify.clienttoken.http.v0.GrantedTokenResponse
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    GrantedTokenResponse.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/spotify.clienttoken.http.v0.GrantedTokenResponse";
                    };

                    return GrantedTokenResponse;
                })();

                v0.HashcashParameters = (function() {

                    /**
                     * Properties of a HashcashParameters.
                     * @typedef {Object} spotify.clienttoken.http.v0.HashcashParameters.$Properties
                     * @property {number|null} [length] HashcashParameters length
                     * @property {string|null} [prefix] HashcashParameters prefix
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a HashcashParameters.
                     * @memberof spotify.clienttoken.http.v0
                     * @interface IHashcashParameters
                     * @augments spotify.clienttoken.http.v0.HashcashParameters.$Properties
                     * @deprecated Use spotify.clienttoken.http.v0.HashcashParameters.$Properties instead.
                     */

                    /**
                     * Shape of a HashcashParameters.
                     * @typedef {spotify.clienttoken.http.v0.HashcashParameters.$Properties} spotify.clienttoken.http.v0.HashcashParameters.$Shape
                     */

                    /**
                     * Constructs a new HashcashParameters.
                     * @memberof spotify.clienttoken.http.v0
                     * @classdesc Represents a HashcashParameters.
                     * @constructor
                     * @param {spotify.clienttoken.http.v0.HashcashParameters.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const HashcashParameters = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * HashcashParameters length.
                     * @member {number} length
                     * @memberof spotify.clienttoken.http.v0.HashcashParameters
                     * @instance
                     */
                    HashcashParameters.prototype.length = 0;

                    /**
                     * HashcashParameters prefix.
                     * @member {string} prefix
                     * @memberof spotify.clienttoken.http.v0.HashcashParameters
                     * @instance
                     */
                    HashcashParameters.prototype.prefix = "";

                    /**
                     * Creates a new HashcashParameters instance using the specified properties.
                     * @function create
                     * @memberof spotify.clienttoken.http.v0.HashcashParameters
                     * @static
                     * @param {spotify.clienttoken.http.v0.HashcashParameters.$Properties=} [properties] Properties to set
                     * @returns {spotify.clienttoken.http.v0.HashcashParameters} HashcashParameters instance
                     * @type {{
                     *   (properties: spotify.clienttoken.http.v0.HashcashParameters.$Shape): spotify.clienttoken.http.v0.HashcashParameters & spotify.clienttoken.http.v0.HashcashParameters.$Shape;
                     *   (properties?: spotify.clienttoken.http.v0.HashcashParameters.$Properties): spotify.clienttoken.http.v0.HashcashParameters;
                     * }}
                     */
                    HashcashParameters.create = function(properties) {
                        return new HashcashParameters(properties);
                    };

                    /**
                     * Encodes the specified HashcashParameters message. Does not implicitly {@link spotify.clienttoken.http.v0.HashcashParameters.verify|verify} messages.
                     * @function encode
                     * @memberof spotify.clienttoken.http.v0.HashcashParameters
                     * @static
                     * @param {spotify.clienttoken.http.v0.HashcashParameters.$Properties} message HashcashParameters message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    HashcashParameters.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.length != null && $Object.hasOwnProperty.call(message, "length") && message.length !== 0)
                            writer.uint32(/* id 1, wireType 0 =*/8).int32(message.length);
                        if (message.prefix != null && $Object.hasOwnProperty.call(message, "prefix") && message.prefix !== "")
                            writer.uint32(/* id 2, wireType 2 =*/18).string(message.prefix);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Encodes the specified HashcashParameters message, length delimited. Does not implicitly {@link spotify.clienttoken.http.v0.HashcashParameters.verify|verify} messages.
                     * @function encodeDelimited
                     * @memberof spotify.clienttoken.http.v0.HashcashParameters
                     * @static
                     * @param {spotify.clienttoken.http.v0.HashcashParameters.$Properties} message HashcashParameters message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    HashcashParameters.encodeDelimited = function(message, writer) {
                        return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                    };

                    /**
                     * Decodes a HashcashParameters message from the specified reader or buffer.
                     * @function decode
                     * @memberof spotify.clienttoken.http.v0.HashcashParameters
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {spotify.clienttoken.http.v0.HashcashParameters & spotify.clienttoken.http.v0.HashcashParameters.$Shape} HashcashParameters
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    HashcashParameters.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.spotify.clienttoken.http.v0.HashcashParameters();
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
                                    if (value = reader.int32())
                                        message.length = value;
                                    else
                                        delete message.length;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.prefix = value;
                                    else
                                        delete message.prefix;
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
                     * Decodes a HashcashParameters message from the specified reader or buffer, length delimited.
                     * @function decodeDelimited
                     * @memberof spotify.clienttoken.http.v0.HashcashParameters
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @returns {spotify.clienttoken.http.v0.HashcashParameters & spotify.clienttoken.http.v0.HashcashParameters.$Shape} HashcashParameters
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    HashcashParameters.decodeDelimited = function(reader) {
                        if (!(reader instanceof $Reader))
                            reader = new $Reader(reader);
                        return this.decode(reader, reader.size());
                    };

                    /**
                     * Verifies a HashcashParameters message.
                     * @function verify
                     * @memberof spotify.clienttoken.http.v0.HashcashParameters
                     * @static
                     * @param {Object.<string,*>} message Plain object to verify
                     * @returns {string|null} `null` if valid, otherwise the reason why it is not
                     */
                    HashcashParameters.verify = function (message, _depth) {
                        if (typeof message !== "object" || message === null)
                            return "object expected";
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            return "max depth exceeded";
                        if (message.length != null && $Object.hasOwnProperty.call(message, "length"))
                            if (!$util.isInteger(message.length))
                                return "length: integer expected";
                        if (message.prefix != null && $Object.hasOwnProperty.call(message, "prefix"))
                            if (!$util.isString(message.prefix))
                                return "prefix: string expected";
                        return null;
                    };

                    /**
                     * Creates a HashcashParameters message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof spotify.clienttoken.http.v0.HashcashParameters
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {spotify.clienttoken.http.v0.HashcashParameters} HashcashParameters
                     */
                    HashcashParameters.fromObject = function (object, _depth) {
                        if (object instanceof $root.spotify.clienttoken.http.v0.HashcashParameters)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".spotify.clienttoken.http.v0.HashcashParameters: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.spotify.clienttoken.http.v0.HashcashParameters();
                        if (object.length != null)
                            if ($Number(object.length) !== 0)
                                message.length = object.length | 0;
                        if (object.prefix != null)
                            if (typeof object.prefix !== "string" || object.prefix.length)
                                message.prefix = $String(object.prefix);
                        return message;
                    };

                    /**
                     * Creates a plain object from a HashcashParameters message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof spotify.clienttoken.http.v0.HashcashParameters
                     * @static
                     * @param {spotify.clienttoken.http.v0.HashcashParameters} message HashcashParameters
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    HashcashParameters.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults) {
                            object.length = 0;
                            object.prefix = "";
                        }
                        if (message.length != null && $Object.hasOwnProperty.call(message, "length"))
                            object.length = message.length;
                        if (message.prefix != null && $Object.hasOwnProperty.call(message, "prefix"))
                            object.prefix = message.prefix;
                        return object;
                    };

                    /**
                     * Converts this HashcashParameters to JSON.
                     * @function toJSON
                     * @memberof spotify.clienttoken.http.v0.HashcashParameters
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    HashcashParameters.prototype.toJSON = function() {
                        return HashcashParameters.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for HashcashParameters
                     * @function getTypeUrl
                     * @memberof spotify.clienttoken.http.v0.HashcashParameters
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    HashcashParameters.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/spotify.clienttoken.http.v0.HashcashParameters";
                    };

                    return HashcashParameters;
                })();

                v0.Challenge = (function() {

                    /**
                     * Properties of a Challenge.
                     * @typedef {Object} spotify.clienttoken.http.v0.Challenge.$Properties
                     * @property {spotify.clienttoken.http.v0.ChallengeType|null} [type] Challenge type
                     * @property {spotify.clienttoken.http.v0.HashcashParameters.$Properties|null} [evaluateHashcashParameters] Challenge evaluateHashcashParameters
                     * @property {"evaluateHashcashParameters"} [parameters] Challenge parameters
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a Challenge.
                     * @memberof spotify.clienttoken.http.v0
                     * @interface IChallenge
                     * @augments spotify.clienttoken.http.v0.Challenge.$Properties
                     * @deprecated Use spotify.clienttoken.http.v0.Challenge.$Properties instead.
                     */

                    /**
                     * Narrowed shape of a Challenge.
                     * @typedef {{
                     *   type?: spotify.clienttoken.http.v0.ChallengeType|null;
                     *   evaluateHashcashParameters?: spotify.clienttoken.http.v0.HashcashParameters.$Shape|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * } & (
                     *   ({ parameters?: undefined; evaluateHashcashParameters?: null }|{ parameters?: "evaluateHashcashParameters"; evaluateHashcashParameters: spotify.clienttoken.http.v0.HashcashParameters.$Shape })
                     * )} spotify.clienttoken.http.v0.Challenge.$Shape
                     */

                    /**
                     * Constructs a new Challenge.
                     * @memberof spotify.clienttoken.http.v0
                     * @classdesc Represents a Challenge.
                     * @constructor
                     * @param {spotify.clienttoken.http.v0.Challenge.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const Challenge = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * Challenge type.
                     * @member {spotify.clienttoken.http.v0.ChallengeType} type
                     * @memberof spotify.clienttoken.http.v0.Challenge
                     * @instance
                     */
                    Challenge.prototype.type = 0;

                    /**
                     * Challenge evaluateHashcashParameters.
                     * @member {spotify.clienttoken.http.v0.HashcashParameters.$Properties|null|undefined} evaluateHashcashParameters
                     * @memberof spotify.clienttoken.http.v0.Challenge
                     * @instance
                     */
                    Challenge.prototype.evaluateHashcashParameters = null;

                    // OneOf field names bound to virtual getters and setters
                    let $oneOfFields;

                    /**
                     * Challenge parameters.
                     * @member {"evaluateHashcashParameters"|undefined} parameters
                     * @memberof spotify.clienttoken.http.v0.Challenge
                     * @instance
                     */
                    $Object.defineProperty(Challenge.prototype, "parameters", {
                        get: $util.oneOfGetter($oneOfFields = ["evaluateHashcashParameters"]),
                        set: $util.oneOfSetter($oneOfFields)
                    });

                    /**
                     * Creates a new Challenge instance using the specified properties.
                     * @function create
                     * @memberof spotify.clienttoken.http.v0.Challenge
                     * @static
                     * @param {spotify.clienttoken.http.v0.Challenge.$Properties=} [properties] Properties to set
                     * @returns {spotify.clienttoken.http.v0.Challenge} Challenge instance
                     * @type {{
                     *   (properties: spotify.clienttoken.http.v0.Challenge.$Shape): spotify.clienttoken.http.v0.Challenge & spotify.clienttoken.http.v0.Challenge.$Shape;
                     *   (properties?: spotify.clienttoken.http.v0.Challenge.$Properties): spotify.clienttoken.http.v0.Challenge;
                     * }}
                     */
                    Challenge.create = function(properties) {
                        return new Challenge(properties);
                    };

                    /**
                     * Encodes the specified Challenge message. Does not implicitly {@link spotify.clienttoken.http.v0.Challenge.verify|verify} messages.
                     * @function encode
                     * @memberof spotify.clienttoken.http.v0.Challenge
                     * @static
                     * @param {spotify.clienttoken.http.v0.Challenge.$Properties} message Challenge message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    Challenge.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                            writer.uint32(/* id 1, wireType 0 =*/8).int32(message.type);
                        if (message.evaluateHashcashParameters != null && $Object.hasOwnProperty.call(message, "evaluateHashcashParameters"))
                            $root.spotify.clienttoken.http.v0.HashcashParameters.encode(message.evaluateHashcashParameters, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Encodes the specified Challenge message, length delimited. Does not implicitly {@link spotify.clienttoken.http.v0.Challenge.verify|verify} messages.
                     * @function encodeDelimited
                     * @memberof spotify.clienttoken.http.v0.Challenge
                     * @static
                     * @param {spotify.clienttoken.http.v0.Challenge.$Properties} message Challenge message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    Challenge.encodeDelimited = function(message, writer) {
                        return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                    };

                    /**
                     * Decodes a Challenge message from the specified reader or buffer.
                     * @function decode
                     * @memberof spotify.clienttoken.http.v0.Challenge
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {spotify.clienttoken.http.v0.Challenge & spotify.clienttoken.http.v0.Challenge.$Shape} Challenge
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    Challenge.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.spotify.clienttoken.http.v0.Challenge();
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
                                    if (value = reader.int32())
                                        message.type = value;
                                    else
                                        delete message.type;
                                    continue;
                                }
                            case 4: {
                                    if (wireType !== 2)
                                        break;
                                    message.evaluateHashcashParameters = $root.spotify.clienttoken.http.v0.HashcashParameters.decode(reader, reader.size(), $undefined, _depth + 1, message.evaluateHashcashParameters);
                                    message.parameters = "evaluateHashcashParameters";
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
                     * Decodes a Challenge message from the specified reader or buffer, length delimited.
                     * @function decodeDelimited
                     * @memberof spotify.clienttoken.http.v0.Challenge
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @returns {spotify.clienttoken.http.v0.Challenge & spotify.clienttoken.http.v0.Challenge.$Shape} Challenge
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    Challenge.decodeDelimited = function(reader) {
                        if (!(reader instanceof $Reader))
                            reader = new $Reader(reader);
                        return this.decode(reader, reader.size());
                    };

                    /**
                     * Verifies a Challenge message.
                     * @function verify
                     * @memberof spotify.clienttoken.http.v0.Challenge
                     * @static
                     * @param {Object.<string,*>} message Plain object to verify
                     * @returns {string|null} `null` if valid, otherwise the reason why it is not
                     */
                    Challenge.verify = function (message, _depth) {
                        if (typeof message !== "object" || message === null)
                            return "object expected";
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            return "max depth exceeded";
                        let properties = {};
                        if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                            if (typeof message.type !== "number" || (message.type | 0) !== message.type)
                                return "type: enum value expected";
                        if (message.evaluateHashcashParameters != null && $Object.hasOwnProperty.call(message, "evaluateHashcashParameters")) {
                            properties.parameters = 1;
                            {
                                let error = $root.spotify.clienttoken.http.v0.HashcashParameters.verify(message.evaluateHashcashParameters, _depth + 1);
                                if (error)
                                    return "evaluateHashcashParameters." + error;
                            }
                        }
                        return null;
                    };

                    /**
                     * Creates a Challenge message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof spotify.clienttoken.http.v0.Challenge
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {spotify.clienttoken.http.v0.Challenge} Challenge
                     */
                    Challenge.fromObject = function (object, _depth) {
                        if (object instanceof $root.spotify.clienttoken.http.v0.Challenge)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".spotify.clienttoken.http.v0.Challenge: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.spotify.clienttoken.http.v0.Challenge();
                        if (object.type !== 0 && (typeof object.type !== "string" || $root.spotify.clienttoken.http.v0.ChallengeType[object.type] !== 0))
                            switch (object.type) {
                            case "CHALLENGE_UNKNOWN":
                            case 0:
                                message.type = 0;
                                break;
                            case "CHALLENGE_CLIENT_SECRET_HMAC":
                            case 1:
                                message.type = 1;
                                break;
                            case "CHALLENGE_EVALUATE_JS":
                            case 2:
                                message.type = 2;
                                break;
                            case "CHALLENGE_HASH_CASH":
                            case 3:
                                message.type = 3;
                                break;
                            default:
                                if (typeof object.type === "number" && (object.type | 0) === object.type)
                                    message.type = object.type;
                            }
                        if (object.evaluateHashcashParameters != null) {
                            if (!$util.isObject(object.evaluateHashcashParameters))
                                throw $TypeError(".spotify.clienttoken.http.v0.Challenge.evaluateHashcashParameters: object expected");
                            message.evaluateHashcashParameters = $root.spotify.clienttoken.http.v0.HashcashParameters.fromObject(object.evaluateHashcashParameters, _depth + 1);
                        }
                        return message;
                    };

                    /**
                     * Creates a plain object from a Challenge message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof spotify.clienttoken.http.v0.Challenge
                     * @static
                     * @param {spotify.clienttoken.http.v0.Challenge} message Challenge
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    Challenge.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults)
                            object.type = options.enums === $String ? "CHALLENGE_UNKNOWN" : 0;
                        if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                            object.type = options.enums === $String ? $root.spotify.clienttoken.http.v0.ChallengeType[message.type] === $undefined ? message.type : $root.spotify.clienttoken.http.v0.ChallengeType[message.type] : message.type;
                        if (message.evaluateHashcashParameters != null && $Object.hasOwnProperty.call(message, "evaluateHashcashParameters")) {
                            object.evaluateHashcashParameters = $root.spotify.clienttoken.http.v0.HashcashParameters.toObject(message.evaluateHashcashParameters, options, _depth + 1);
                            if (options.oneofs)
                                object.parameters = "evaluateHashcashParameters";
                        }
                        return object;
                    };

                    /**
                     * Converts this Challenge to JSON.
                     * @function toJSON
                     * @memberof spotify.clienttoken.http.v0.Challenge
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    Challenge.prototype.toJSON = function() {
                        return Challenge.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for Challenge
                     * @function getTypeUrl
                     * @memberof spotify.clienttoken.http.v0.Challenge
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    Challenge.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/spotify.clienttoken.http.v0.Challenge";
                    };

                    return Challenge;
                })();

                v0.ChallengesResponse = (function() {

                    /**
                     * Properties of a ChallengesResponse.
                     * @typedef {Object} spotify.clienttoken.http.v0.ChallengesResponse.$Properties
                     * @property {string|null} [state] ChallengesResponse state
                     * @property {Array.<spotify.clienttoken.http.v0.Challenge.$Properties>|null} [challenges] ChallengesResponse challenges
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a ChallengesResponse.
                     * @memberof spotify.clienttoken.http.v0
                     * @interface IChallengesResponse
                     * @augments spotify.clienttoken.http.v0.ChallengesResponse.$Properties
                     * @deprecated Use spotify.clienttoken.http.v0.ChallengesResponse.$Properties instead.
                     */

                    /**
                     * Shape of a ChallengesResponse.
                     * @typedef {{
                     *   state?: string|null;
                     *   challenges?: Array.<spotify.clienttoken.http.v0.Challenge.$Shape>|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * }} spotify.clienttoken.http.v0.ChallengesResponse.$Shape
                     */

                    /**
                     * Constructs a new ChallengesResponse.
                     * @memberof spotify.clienttoken.http.v0
                     * @classdesc Represents a ChallengesResponse.
                     * @constructor
                     * @param {spotify.clienttoken.http.v0.ChallengesResponse.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const ChallengesResponse = function (properties) {
                        this.challenges = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * ChallengesResponse state.
                     * @member {string} state
                     * @memberof spotify.clienttoken.http.v0.ChallengesResponse
                     * @instance
                     */
                    ChallengesResponse.prototype.state = "";

                    /**
                     * ChallengesResponse challenges.
                     * @member {Array.<spotify.clienttoken.http.v0.Challenge.$Properties>} challenges
                     * @memberof spotify.clienttoken.http.v0.ChallengesResponse
                     * @instance
                     */
                    ChallengesResponse.prototype.challenges = $util.emptyArray;

                    /**
                     * Creates a new ChallengesResponse instance using the specified properties.
                     * @function create
                     * @memberof spotify.clienttoken.http.v0.ChallengesResponse
                     * @static
                     * @param {spotify.clienttoken.http.v0.ChallengesResponse.$Properties=} [properties] Properties to set
                     * @returns {spotify.clienttoken.http.v0.ChallengesResponse} ChallengesResponse instance
                     * @type {{
                     *   (properties: spotify.clienttoken.http.v0.ChallengesResponse.$Shape): spotify.clienttoken.http.v0.ChallengesResponse & spotify.clienttoken.http.v0.ChallengesResponse.$Shape;
                     *   (properties?: spotify.clienttoken.http.v0.ChallengesResponse.$Properties): spotify.clienttoken.http.v0.ChallengesResponse;
                     * }}
                     */
                    ChallengesResponse.create = function(properties) {
                        return new ChallengesResponse(properties);
                    };

                    /**
                     * Encodes the specified ChallengesResponse message. Does not implicitly {@link spotify.clienttoken.http.v0.ChallengesResponse.verify|verify} messages.
                     * @function encode
                     * @memberof spotify.clienttoken.http.v0.ChallengesResponse
                     * @static
                     * @param {spotify.clienttoken.http.v0.ChallengesResponse.$Properties} message ChallengesResponse message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ChallengesResponse.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== "")
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.state);
                        if (message.challenges != null && message.challenges.length)
                            for (let i = 0; i < message.challenges.length; ++i)
                                $root.spotify.clienttoken.http.v0.Challenge.encode(message.challenges[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Encodes the specified ChallengesResponse message, length delimited. Does not implicitly {@link spotify.clienttoken.http.v0.ChallengesResponse.verify|verify} messages.
                     * @function encodeDelimited
                     * @memberof spotify.clienttoken.http.v0.ChallengesResponse
                     * @static
                     * @param {spotify.clienttoken.http.v0.ChallengesResponse.$Properties} message ChallengesResponse message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ChallengesResponse.encodeDelimited = function(message, writer) {
                        return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                    };

                    /**
                     * Decodes a ChallengesResponse message from the specified reader or buffer.
                     * @function decode
                     * @memberof spotify.clienttoken.http.v0.ChallengesResponse
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {spotify.clienttoken.http.v0.ChallengesResponse & spotify.clienttoken.http.v0.ChallengesResponse.$Shape} ChallengesResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ChallengesResponse.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.spotify.clienttoken.http.v0.ChallengesResponse();
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
                                    if ((value = reader.stringVerify()).length)
                                        message.state = value;
                                    else
                                        delete message.state;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.challenges && message.challenges.length))
                                        message.challenges = [];
                                    message.challenges.push($root.spotify.clienttoken.http.v0.Challenge.decode(reader, reader.size(), $undefined, _depth + 1));
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
                     * Decodes a ChallengesResponse message from the specified reader or buffer, length delimited.
                     * @function decodeDelimited
                     * @memberof spotify.clienttoken.http.v0.ChallengesResponse
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @returns {spotify.clienttoken.http.v0.ChallengesResponse & spotify.clienttoken.http.v0.ChallengesResponse.$Shape} ChallengesResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ChallengesResponse.decodeDelimited = function(reader) {
                        if (!(reader instanceof $Reader))
                            reader = new $Reader(reader);
                        return this.decode(reader, reader.size());
                    };

                    /**
                     * Verifies a ChallengesResponse message.
                     * @function verify
                     * @memberof spotify.clienttoken.http.v0.ChallengesResponse
                     * @static
                     * @param {Object.<string,*>} message Plain object to verify
                     * @returns {string|null} `null` if valid, otherwise the reason why it is not
                     */
                    ChallengesResponse.verify = function (message, _depth) {
                        if (typeof message !== "object" || message === null)
                            return "object expected";
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            return "max depth exceeded";
                        if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                            if (!$util.isString(message.state))
                                return "state: string expected";
                        if (message.challenges != null && $Object.hasOwnProperty.call(message, "challenges")) {
                            if (!$Array.isArray(message.challenges))
                                return "challenges: array expected";
                            for (let i = 0; i < message.challenges.length; ++i) {
                                let error = $root.spotify.clienttoken.http.v0.Challenge.verify(message.challenges[i], _depth + 1);
                                if (error)
                                    return "challenges." + error;
                            }
                        }
                        return null;
                    };

                    /**
                     * Creates a ChallengesResponse message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof spotify.clienttoken.http.v0.ChallengesResponse
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {spotify.clienttoken.http.v0.ChallengesResponse} ChallengesResponse
                     */
                    ChallengesResponse.fromObject = function (object, _depth) {
                        if (object instanceof $root.spotify.clienttoken.http.v0.ChallengesResponse)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".spotify.clienttoken.http.v0.ChallengesResponse: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.spotify.clienttoken.http.v0.ChallengesResponse();
                        if (object.state != null)
                            if (typeof object.state !== "string" || object.state.length)
                                message.state = $String(object.state);
                        if (object.challenges) {
                            if (!$Array.isArray(object.challenges))
                                throw $TypeError(".spotify.clienttoken.http.v0.ChallengesResponse.challenges: array expected");
                            message.challenges = $Array(object.challenges.length);
                            for (let i = 0; i < object.challenges.length; ++i) {
                                if (!$util.isObject(object.challenges[i]))
                                    throw $TypeError(".spotify.clienttoken.http.v0.ChallengesResponse.challenges: object expected");
                                message.challenges[i] = $root.spotify.clienttoken.http.v0.Challenge.fromObject(object.challenges[i], _depth + 1);
                            }
                        }
                        return message;
                    };

                    /**
                     * Creates a plain object from a ChallengesResponse message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof spotify.clienttoken.http.v0.ChallengesResponse
                     * @static
                     * @param {spotify.clienttoken.http.v0.ChallengesResponse} message ChallengesResponse
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    ChallengesResponse.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.arrays || options.defaults)
                            object.challenges = [];
                        if (options.defaults)
                            object.state = "";
                        if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                            object.state = message.state;
                        if (message.challenges && message.challenges.length) {
                            object.challenges = $Array(message.challenges.length);
                            for (let j = 0; j < message.challenges.length; ++j)
                                object.challenges[j] = $root.spotify.clienttoken.http.v0.Challenge.toObject(message.challenges[j], options, _depth + 1);
                        }
                        return object;
                    };

                    /**
                     * Converts this ChallengesResponse to JSON.
                     * @function toJSON
                     * @memberof spotify.clienttoken.http.v0.ChallengesResponse
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    ChallengesResponse.prototype.toJSON = function() {
                        return ChallengesResponse.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for ChallengesResponse
                     * @function getTypeUrl
                     * @memberof spotify.clienttoken.http.v0.ChallengesResponse
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    ChallengesResponse.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/spotify.clienttoken.http.v0.ChallengesResponse";
                    };

                    return ChallengesResponse;
                })();

                v0.ClientTokenResponse = (function() {

                    /**
                     * Properties of a ClientTokenResponse.
                     * @typedef {Object} spotify.clienttoken.http.v0.ClientTokenResponse.$Properties
                     * @property {spotify.clienttoken.http.v0.ClientTokenResponseType|null} [responseType] ClientTokenResponse responseType
                     * @property {spotify.clienttoken.http.v0.GrantedTokenResponse.$Properties|null} [grantedToken] ClientTokenResponse grantedToken
                     * @property {spotify.clienttoken.http.v0.ChallengesResponse.$Properties|null} [challenges] ClientTokenResponse challenges
                     * @property {"grantedToken"|"challenges"} [response] ClientTokenResponse response
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a ClientTokenResponse.
                     * @memberof spotify.clienttoken.http.v0
                     * @interface IClientTokenResponse
                     * @augments spotify.clienttoken.http.v0.ClientTokenResponse.$Properties
                     * @deprecated Use spotify.clienttoken.http.v0.ClientTokenResponse.$Properties instead.
                     */

                    /**
                     * Narrowed shape of a ClientTokenResponse.
                     * @typedef {{
                     *   responseType?: spotify.clienttoken.http.v0.ClientTokenResponseType|null;
                     *   grantedToken?: spotify.clienttoken.http.v0.GrantedTokenResponse.$Shape|null;
                     *   challenges?: spotify.clienttoken.http.v0.ChallengesResponse.$Shape|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * } & (
                     *   ({ response?: undefined; grantedToken?: null; challenges?: null }|{ response?: "grantedToken"; grantedToken: spotify.clienttoken.http.v0.GrantedTokenResponse.$Shape; challenges?: null }|{ response?: "challenges"; grantedToken?: null; challenges: spotify.clienttoken.http.v0.ChallengesResponse.$Shape })
                     * )} spotify.clienttoken.http.v0.ClientTokenResponse.$Shape
                     */

                    /**
                     * Constructs a new ClientTokenResponse.
                     * @memberof spotify.clienttoken.http.v0
                     * @classdesc Represents a ClientTokenResponse.
                     * @constructor
                     * @param {spotify.clienttoken.http.v0.ClientTokenResponse.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const ClientTokenResponse = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * ClientTokenResponse responseType.
                     * @member {spotify.clienttoken.http.v0.ClientTokenResponseType} responseType
                     * @memberof spotify.clienttoken.http.v0.ClientTokenResponse
                     * @instance
                     */
                    ClientTokenResponse.prototype.responseType = 0;

                    /**
                     * ClientTokenResponse grantedToken.
                     * @member {spotify.clienttoken.http.v0.GrantedTokenResponse.$Properties|null|undefined} grantedToken
                     * @memberof spotify.clienttoken.http.v0.ClientTokenResponse
                     * @instance
                     */
                    ClientTokenResponse.prototype.grantedToken = null;

                    /**
                     * ClientTokenResponse challenges.
                     * @member {spotify.clienttoken.http.v0.ChallengesResponse.$Properties|null|undefined} challenges
                     * @memberof spotify.clienttoken.http.v0.ClientTokenResponse
                     * @instance
                     */
                    ClientTokenResponse.prototype.challenges = null;

                    // OneOf field names bound to virtual getters and setters
                    let $oneOfFields;

                    /**
                     * ClientTokenResponse response.
                     * @member {"grantedToken"|"challenges"|undefined} response
                     * @memberof spotify.clienttoken.http.v0.ClientTokenResponse
                     * @instance
                     */
                    $Object.defineProperty(ClientTokenResponse.prototype, "response", {
                        get: $util.oneOfGetter($oneOfFields = ["grantedToken", "challenges"]),
                        set: $util.oneOfSetter($oneOfFields)
                    });

                    /**
                     * Creates a new ClientTokenResponse instance using the specified properties.
                     * @function create
                     * @memberof spotify.clienttoken.http.v0.ClientTokenResponse
                     * @static
                     * @param {spotify.clienttoken.http.v0.ClientTokenResponse.$Properties=} [properties] Properties to set
                     * @returns {spotify.clienttoken.http.v0.ClientTokenResponse} ClientTokenResponse instance
                     * @type {{
                     *   (properties: spotify.clienttoken.http.v0.ClientTokenResponse.$Shape): spotify.clienttoken.http.v0.ClientTokenResponse & spotify.clienttoken.http.v0.ClientTokenResponse.$Shape;
                     *   (properties?: spotify.clienttoken.http.v0.ClientTokenResponse.$Properties): spotify.clienttoken.http.v0.ClientTokenResponse;
                     * }}
                     */
                    ClientTokenResponse.create = function(properties) {
                        return new ClientTokenResponse(properties);
                    };

                    /**
                     * Encodes the specified ClientTokenResponse message. Does not implicitly {@link spotify.clienttoken.http.v0.ClientTokenResponse.verify|verify} messages.
                     * @function encode
                     * @memberof spotify.clienttoken.http.v0.ClientTokenResponse
                     * @static
                     * @param {spotify.clienttoken.http.v0.ClientTokenResponse.$Properties} message ClientTokenResponse message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ClientTokenResponse.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.responseType != null && $Object.hasOwnProperty.call(message, "responseType") && message.responseType !== 0)
                            writer.uint32(/* id 1, wireType 0 =*/8).int32(message.responseType);
                        if (message.grantedToken != null && $Object.hasOwnProperty.call(message, "grantedToken"))
                            $root.spotify.clienttoken.http.v0.GrantedTokenResponse.encode(message.grantedToken, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                        if (message.challenges != null && $Object.hasOwnProperty.call(message, "challenges"))
                            $root.spotify.clienttoken.http.v0.ChallengesResponse.encode(message.challenges, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Encodes the specified ClientTokenResponse message, length delimited. Does not implicitly {@link spotify.clienttoken.http.v0.ClientTokenResponse.verify|verify} messages.
                     * @function encodeDelimited
                     * @memberof spotify.clienttoken.http.v0.ClientTokenResponse
                     * @static
                     * @param {spotify.clienttoken.http.v0.ClientTokenResponse.$Properties} message ClientTokenResponse message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ClientTokenResponse.encodeDelimited = function(message, writer) {
                        return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                    };

                    /**
                     * Decodes a ClientTokenResponse message from the specified reader or buffer.
                     * @function decode
                     * @memberof spotify.clienttoken.http.v0.ClientTokenResponse
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {spotify.clienttoken.http.v0.ClientTokenResponse & spotify.clienttoken.http.v0.ClientTokenResponse.$Shape} ClientTokenResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ClientTokenResponse.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.spotify.clienttoken.http.v0.ClientTokenResponse();
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
                                    if (value = reader.int32())
                                        message.responseType = value;
                                    else
                                        delete message.responseType;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    message.grantedToken = $root.spotify.clienttoken.http.v0.GrantedTokenResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.grantedToken);
                                    message.response = "grantedToken";
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 2)
                                        break;
                                    message.challenges = $root.spotify.clienttoken.http.v0.ChallengesResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.challenges);
                                    message.response = "challenges";
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
                     * Decodes a ClientTokenResponse message from the specified reader or buffer, length delimited.
                     * @function decodeDelimited
                     * @memberof spotify.clienttoken.http.v0.ClientTokenResponse
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @returns {spotify.clienttoken.http.v0.ClientTokenResponse & spotify.clienttoken.http.v0.ClientTokenResponse.$Shape} ClientTokenResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ClientTokenResponse.decodeDelimited = function(reader) {
                        if (!(reader instanceof $Reader))
                            reader = new $Reader(reader);
                        return this.decode(reader, reader.size());
                    };

                    /**
                     * Verifies a ClientTokenResponse message.
                     * @function verify
                     * @memberof spotify.clienttoken.http.v0.ClientTokenResponse
                     * @static
                     * @param {Object.<string,*>} message Plain object to verify
                     * @returns {string|null} `null` if valid, otherwise the reason why it is not
                     */
                    ClientTokenResponse.verify = function (message, _depth) {
                        if (typeof message !== "object" || message === null)
                            return "object expected";
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            return "max depth exceeded";
                        let properties = {};
                        if (message.responseType != null && $Object.hasOwnProperty.call(message, "responseType"))
                            if (typeof message.responseType !== "number" || (message.responseType | 0) !== message.responseType)
                                return "responseType: enum value expected";
                        if (message.grantedToken != null && $Object.hasOwnProperty.call(message, "grantedToken")) {
                            properties.response = 1;
                            {
                                let error = $root.spotify.clienttoken.http.v0.GrantedTokenResponse.verify(message.grantedToken, _depth + 1);
                                if (error)
                                    return "grantedToken." + error;
                            }
                        }
                        if (message.challenges != null && $Object.hasOwnProperty.call(message, "challenges")) {
                            if (properties.response === 1)
                                return "response: multiple values";
                            properties.response = 1;
                            {
                                let error = $root.spotify.clienttoken.http.v0.ChallengesResponse.verify(message.challenges, _depth + 1);
                                if (error)
                                    return "challenges." + error;
                            }
                        }
                        return null;
                    };

                    /**
                     * Creates a ClientTokenResponse message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof spotify.clienttoken.http.v0.ClientTokenResponse
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {spotify.clienttoken.http.v0.ClientTokenResponse} ClientTokenResponse
                     */
                    ClientTokenResponse.fromObject = function (object, _depth) {
                        if (object instanceof $root.spotify.clienttoken.http.v0.ClientTokenResponse)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".spotify.clienttoken.http.v0.ClientTokenResponse: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.spotify.clienttoken.http.v0.ClientTokenResponse();
                        if (object.responseType !== 0 && (typeof object.responseType !== "string" || $root.spotify.clienttoken.http.v0.ClientTokenResponseType[object.responseType] !== 0))
                            switch (object.responseType) {
                            case "RESPONSE_UNKNOWN":
                            case 0:
                                message.responseType = 0;
                                break;
                            case "RESPONSE_GRANTED_TOKEN_RESPONSE":
                            case 1:
                                message.responseType = 1;
                                break;
                            case "RESPONSE_CHALLENGES_RESPONSE":
                            case 2:
                                message.responseType = 2;
                                break;
                            default:
                                if (typeof object.responseType === "number" && (object.responseType | 0) === object.responseType)
                                    message.responseType = object.responseType;
                            }
                        if (object.grantedToken != null) {
                            if (!$util.isObject(object.grantedToken))
                                throw $TypeError(".spotify.clienttoken.http.v0.ClientTokenResponse.grantedToken: object expected");
                            message.grantedToken = $root.spotify.clienttoken.http.v0.GrantedTokenResponse.fromObject(object.grantedToken, _depth + 1);
                        }
                        if (object.challenges != null) {
                            if (!$util.isObject(object.challenges))
                                throw $TypeError(".spotify.clienttoken.http.v0.ClientTokenResponse.challenges: object expected");
                            message.challenges = $root.spotify.clienttoken.http.v0.ChallengesResponse.fromObject(object.challenges, _depth + 1);
                        }
                        return message;
                    };

                    /**
                     * Creates a plain object from a ClientTokenResponse message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof spotify.clienttoken.http.v0.ClientTokenResponse
                     * @static
                     * @param {spotify.clienttoken.http.v0.ClientTokenResponse} message ClientTokenResponse
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    ClientTokenResponse.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults)
                            object.responseType = options.enums === $String ? "RESPONSE_UNKNOWN" : 0;
                        if (message.responseType != null && $Object.hasOwnProperty.call(message, "responseType"))
                            object.responseType = options.enums === $String ? $root.spotify.clienttoken.http.v0.ClientTokenResponseType[message.responseType] === $undefined ? message.responseType : $root.spotify.clienttoken.http.v0.ClientTokenResponseType[message.responseType] : message.responseType;
                        if (message.grantedToken != null && $Object.hasOwnProperty.call(message, "grantedToken")) {
                            object.grantedToken = $root.spotify.clienttoken.http.v0.GrantedTokenResponse.toObject(message.grantedToken, options, _depth + 1);
                            if (options.oneofs)
                                object.response = "grantedToken";
                        }
                        if (message.challenges != null && $Object.hasOwnProperty.call(message, "challenges")) {
                            object.challenges = $root.spotify.clienttoken.http.v0.ChallengesResponse.toObject(message.challenges, options, _depth + 1);
                            if (options.oneofs)
                                object.response = "challenges";
                        }
                        return object;
                    };

                    /**
                     * Converts this ClientTokenResponse to JSON.
                     * @function toJSON
                     * @memberof spotify.clienttoken.http.v0.ClientTokenResponse
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    ClientTokenResponse.prototype.toJSON = function() {
                        return ClientTokenResponse.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for ClientTokenResponse
                     * @function getTypeUrl
                     * @memberof spotify.clienttoken.http.v0.ClientTokenResponse
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    ClientTokenResponse.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/spotify.clienttoken.http.v0.ClientTokenResponse";
                    };

                    return ClientTokenResponse;
                })();

                return v0;
            })();

            return http;
        })();

        return clienttoken;
    })();

    return spotify;
})();

export {
  $root as default
};
