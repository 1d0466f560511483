/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $String = $util.global.String, $BigInt = $util.global.BigInt, $Array = $util.global.Array;

// Exported root namespace
const $root = $protobuf.roots["spotlet_login5"] || ($protobuf.roots["spotlet_login5"] = {});

export const google = $root.google = (() => {

    /**
     * Namespace google.
     * @exports google
     * @namespace
     */
    const google = {};

    google.protobuf = (function() {

        /**
         * Namespace protobuf.
         * @memberof google
         * @namespace
         */
        const protobuf = {};

        protobuf.Duration = (function() {

            /**
             * Properties of a Duration.
             * @typedef {Object} google.protobuf.Duration.$Properties
             * @property {number|Long|null} [seconds] Duration seconds
             * @property {number|null} [nanos] Duration nanos
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Duration.
             * @memberof google.protobuf
             * @interface IDuration
             * @augments google.protobuf.Duration.$Properties
             * @deprecated Use google.protobuf.Duration.$Properties instead.
             */

            /**
             * Shape of a Duration.
             * @typedef {google.protobuf.Duration.$Properties} google.protobuf.Duration.$Shape
             */

            /**
             * Constructs a new Duration.
             * @memberof google.protobuf
             * @classdesc Represents a Duration.
             * @constructor
             * @param {google.protobuf.Duration.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Duration = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Duration seconds.
             * @member {number|Long} seconds
             * @memberof google.protobuf.Duration
             * @instance
             */
            Duration.prototype.seconds = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Duration nanos.
             * @member {number} nanos
             * @memberof google.protobuf.Duration
             * @instance
             */
            Duration.prototype.nanos = 0;

            /**
             * Creates a new Duration instance using the specified properties.
             * @function create
             * @memberof google.protobuf.Duration
             * @static
             * @param {google.protobuf.Duration.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.Duration} Duration instance
             * @type {{
             *   (properties: google.protobuf.Duration.$Shape): google.protobuf.Duration & google.protobuf.Duration.$Shape;
             *   (properties?: google.protobuf.Duration.$Properties): google.protobuf.Duration;
             * }}
             */
            Duration.create = function(properties) {
                return new Duration(properties);
            };

            /**
             * Encodes the specified Duration message. Does not implicitly {@link google.protobuf.Duration.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.Duration
             * @static
             * @param {google.protobuf.Duration.$Properties} message Duration message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Duration.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds") && (typeof message.seconds === "object" ? message.seconds.low || message.seconds.high : message.seconds !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.seconds);
                if (message.nanos != null && $Object.hasOwnProperty.call(message, "nanos") && message.nanos !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.nanos);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Duration message, length delimited. Does not implicitly {@link google.protobuf.Duration.verify|verify} messages.
             * @function encodeDelimited
             * @memberof google.protobuf.Duration
             * @static
             * @param {google.protobuf.Duration.$Properties} message Duration message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Duration.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Duration message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.Duration
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.Duration & google.protobuf.Duration.$Shape} Duration
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Duration.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.google.protobuf.Duration();
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
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.seconds = value;
                            else
                                delete message.seconds;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.nanos = value;
                            else
                                delete message.nanos;
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
             * Decodes a Duration message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof google.protobuf.Duration
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {google.protobuf.Duration & google.protobuf.Duration.$Shape} Duration
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Duration.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Duration message.
             * @function verify
             * @memberof google.protobuf.Duration
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Duration.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds"))
                    if (!$util.isInteger(message.seconds) && !(message.seconds && $util.isInteger(message.seconds.low) && $util.isInteger(message.seconds.high)))
                        return "seconds: integer|Long expected";
                if (message.nanos != null && $Object.hasOwnProperty.call(message, "nanos"))
                    if (!$util.isInteger(message.nanos))
                        return "nanos: integer expected";
                return null;
            };

            /**
             * Creates a Duration message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.Duration
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.protobuf.Duration} Duration
             */
            Duration.fromObject = function (object, _depth) {
                if (object instanceof $root.google.protobuf.Duration)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".google.protobuf.Duration: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.google.protobuf.Duration();
                if (object.seconds != null)
                    if (typeof object.seconds === "object" ? object.seconds.low || object.seconds.high : $Number(object.seconds) !== 0)
                        if ($util.Long)
                            message.seconds = $util.Long.fromValue(object.seconds, false);
                        else if (typeof object.seconds === "string")
                            message.seconds = $parseInt(object.seconds, 10);
                        else if (typeof object.seconds === "number")
                            message.seconds = object.seconds;
                        else if (typeof object.seconds === "object")
                            message.seconds = new $util.LongBits(object.seconds.low >>> 0, object.seconds.high >>> 0).toNumber();
                if (object.nanos != null)
                    if ($Number(object.nanos) !== 0)
                        message.nanos = object.nanos | 0;
                return message;
            };

            /**
             * Creates a plain object from a Duration message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.Duration
             * @static
             * @param {google.protobuf.Duration} message Duration
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Duration.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.seconds = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seconds = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.nanos = 0;
                }
                if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seconds = typeof message.seconds === "number" ? $BigInt(message.seconds) : $util.Long.fromBits(message.seconds.low >>> 0, message.seconds.high >>> 0, false).toBigInt();
                    else if (typeof message.seconds === "number")
                        object.seconds = options.longs === $String ? $String(message.seconds) : message.seconds;
                    else
                        object.seconds = options.longs === $String ? $util.Long.prototype.toString.call(message.seconds) : options.longs === $Number ? new $util.LongBits(message.seconds.low >>> 0, message.seconds.high >>> 0).toNumber() : message.seconds;
                if (message.nanos != null && $Object.hasOwnProperty.call(message, "nanos"))
                    object.nanos = message.nanos;
                return object;
            };

            /**
             * Converts this Duration to JSON.
             * @function toJSON
             * @memberof google.protobuf.Duration
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Duration.prototype.toJSON = function() {
                return Duration.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Duration
             * @function getTypeUrl
             * @memberof google.protobuf.Duration
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Duration.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.protobuf.Duration";
            };

            return Duration;
        })();

        return protobuf;
    })();

    return google;
})();

export const spotify = $root.spotify = (() => {

    /**
     * Namespace spotify.
     * @exports spotify
     * @namespace
     */
    const spotify = {};

    spotify.login5 = (function() {

        /**
         * Namespace login5.
         * @memberof spotify
         * @namespace
         */
        const login5 = {};

        login5.v3 = (function() {

            /**
             * Namespace v3.
             * @memberof spotify.login5
             * @namespace
             */
            const v3 = {};

            v3.ClientInfo = (function() {

                /**
                 * Properties of a ClientInfo.
                 * @typedef {Object} spotify.login5.v3.ClientInfo.$Properties
                 * @property {string|null} [clientId] ClientInfo clientId
                 * @property {string|null} [deviceId] ClientInfo deviceId
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ClientInfo.
                 * @memberof spotify.login5.v3
                 * @interface IClientInfo
                 * @augments spotify.login5.v3.ClientInfo.$Properties
                 * @deprecated Use spotify.login5.v3.ClientInfo.$Properties instead.
                 */

                /**
                 * Shape of a ClientInfo.
                 * @typedef {spotify.login5.v3.ClientInfo.$Properties} spotify.login5.v3.ClientInfo.$Shape
                 */

                /**
                 * Constructs a new ClientInfo.
                 * @memberof spotify.login5.v3
                 * @classdesc Represents a ClientInfo.
                 * @constructor
                 * @param {spotify.login5.v3.ClientInfo.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ClientInfo = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ClientInfo clientId.
                 * @member {string} clientId
                 * @memberof spotify.login5.v3.ClientInfo
                 * @instance
                 */
                ClientInfo.prototype.clientId = "";

                /**
                 * ClientInfo deviceId.
                 * @member {string} deviceId
                 * @memberof spotify.login5.v3.ClientInfo
                 * @instance
                 */
                ClientInfo.prototype.deviceId = "";

                /**
                 * Creates a new ClientInfo instance using the specified properties.
                 * @function create
                 * @memberof spotify.login5.v3.ClientInfo
                 * @static
                 * @param {spotify.login5.v3.ClientInfo.$Properties=} [properties] Properties to set
                 * @returns {spotify.login5.v3.ClientInfo} ClientInfo instance
                 * @type {{
                 *   (properties: spotify.login5.v3.ClientInfo.$Shape): spotify.login5.v3.ClientInfo & spotify.login5.v3.ClientInfo.$Shape;
                 *   (properties?: spotify.login5.v3.ClientInfo.$Properties): spotify.login5.v3.ClientInfo;
                 * }}
                 */
                ClientInfo.create = function(properties) {
                    return new ClientInfo(properties);
                };

                /**
                 * Encodes the specified ClientInfo message. Does not implicitly {@link spotify.login5.v3.ClientInfo.verify|verify} messages.
                 * @function encode
                 * @memberof spotify.login5.v3.ClientInfo
                 * @static
                 * @param {spotify.login5.v3.ClientInfo.$Properties} message ClientInfo message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ClientInfo.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId") && message.clientId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.clientId);
                    if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId") && message.deviceId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.deviceId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified ClientInfo message, length delimited. Does not implicitly {@link spotify.login5.v3.ClientInfo.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof spotify.login5.v3.ClientInfo
                 * @static
                 * @param {spotify.login5.v3.ClientInfo.$Properties} message ClientInfo message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ClientInfo.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a ClientInfo message from the specified reader or buffer.
                 * @function decode
                 * @memberof spotify.login5.v3.ClientInfo
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {spotify.login5.v3.ClientInfo & spotify.login5.v3.ClientInfo.$Shape} ClientInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ClientInfo.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.spotify.login5.v3.ClientInfo();
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
                                    message.clientId = value;
                                else
                                    delete message.clientId;
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
                 * Decodes a ClientInfo message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof spotify.login5.v3.ClientInfo
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {spotify.login5.v3.ClientInfo & spotify.login5.v3.ClientInfo.$Shape} ClientInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ClientInfo.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a ClientInfo message.
                 * @function verify
                 * @memberof spotify.login5.v3.ClientInfo
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ClientInfo.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId"))
                        if (!$util.isString(message.clientId))
                            return "clientId: string expected";
                    if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId"))
                        if (!$util.isString(message.deviceId))
                            return "deviceId: string expected";
                    return null;
                };

                /**
                 * Creates a ClientInfo message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof spotify.login5.v3.ClientInfo
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {spotify.login5.v3.ClientInfo} ClientInfo
                 */
                ClientInfo.fromObject = function (object, _depth) {
                    if (object instanceof $root.spotify.login5.v3.ClientInfo)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".spotify.login5.v3.ClientInfo: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.spotify.login5.v3.ClientInfo();
                    if (object.clientId != null)
                        if (typeof object.clientId !== "string" || object.clientId.length)
                            message.clientId = $String(object.clientId);
                    if (object.deviceId != null)
                        if (typeof object.deviceId !== "string" || object.deviceId.length)
                            message.deviceId = $String(object.deviceId);
                    return message;
                };

                /**
                 * Creates a plain object from a ClientInfo message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof spotify.login5.v3.ClientInfo
                 * @static
                 * @param {spotify.login5.v3.ClientInfo} message ClientInfo
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ClientInfo.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.clientId = "";
                        object.deviceId = "";
                    }
                    if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId"))
                        object.clientId = message.clientId;
                    if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId"))
                        object.deviceId = message.deviceId;
                    return object;
                };

                /**
                 * Converts this ClientInfo to JSON.
                 * @function toJSON
                 * @memberof spotify.login5.v3.ClientInfo
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ClientInfo.prototype.toJSON = function() {
                    return ClientInfo.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ClientInfo
                 * @function getTypeUrl
                 * @memberof spotify.login5.v3.ClientInfo
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ClientInfo.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/spotify.login5.v3.ClientInfo";
                };

                return ClientInfo;
            })();

            v3.StoredCredential = (function() {

                /**
                 * Properties of a StoredCredential.
                 * @typedef {Object} spotify.login5.v3.StoredCredential.$Properties
                 * @property {string|null} [username] StoredCredential username
                 * @property {Uint8Array|null} [data] StoredCredential data
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a StoredCredential.
                 * @memberof spotify.login5.v3
                 * @interface IStoredCredential
                 * @augments spotify.login5.v3.StoredCredential.$Properties
                 * @deprecated Use spotify.login5.v3.StoredCredential.$Properties instead.
                 */

                /**
                 * Shape of a StoredCredential.
                 * @typedef {spotify.login5.v3.StoredCredential.$Properties} spotify.login5.v3.StoredCredential.$Shape
                 */

                /**
                 * Constructs a new StoredCredential.
                 * @memberof spotify.login5.v3
                 * @classdesc Represents a StoredCredential.
                 * @constructor
                 * @param {spotify.login5.v3.StoredCredential.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const StoredCredential = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * StoredCredential username.
                 * @member {string} username
                 * @memberof spotify.login5.v3.StoredCredential
                 * @instance
                 */
                StoredCredential.prototype.username = "";

                /**
                 * StoredCredential data.
                 * @member {Uint8Array} data
                 * @memberof spotify.login5.v3.StoredCredential
                 * @instance
                 */
                StoredCredential.prototype.data = $util.newBuffer([]);

                /**
                 * Creates a new StoredCredential instance using the specified properties.
                 * @function create
                 * @memberof spotify.login5.v3.StoredCredential
                 * @static
                 * @param {spotify.login5.v3.StoredCredential.$Properties=} [properties] Properties to set
                 * @returns {spotify.login5.v3.StoredCredential} StoredCredential instance
                 * @type {{
                 *   (properties: spotify.login5.v3.StoredCredential.$Shape): spotify.login5.v3.StoredCredential & spotify.login5.v3.StoredCredential.$Shape;
                 *   (properties?: spotify.login5.v3.StoredCredential.$Properties): spotify.login5.v3.StoredCredential;
                 * }}
                 */
                StoredCredential.create = function(properties) {
                    return new StoredCredential(properties);
                };

                /**
                 * Encodes the specified StoredCredential message. Does not implicitly {@link spotify.login5.v3.StoredCredential.verify|verify} messages.
                 * @function encode
                 * @memberof spotify.login5.v3.StoredCredential
                 * @static
                 * @param {spotify.login5.v3.StoredCredential.$Properties} message StoredCredential message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StoredCredential.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.username != null && $Object.hasOwnProperty.call(message, "username") && message.username !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.username);
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.data);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified StoredCredential message, length delimited. Does not implicitly {@link spotify.login5.v3.StoredCredential.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof spotify.login5.v3.StoredCredential
                 * @static
                 * @param {spotify.login5.v3.StoredCredential.$Properties} message StoredCredential message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StoredCredential.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a StoredCredential message from the specified reader or buffer.
                 * @function decode
                 * @memberof spotify.login5.v3.StoredCredential
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {spotify.login5.v3.StoredCredential & spotify.login5.v3.StoredCredential.$Shape} StoredCredential
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StoredCredential.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.spotify.login5.v3.StoredCredential();
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
                                    message.username = value;
                                else
                                    delete message.username;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.data = value;
                                else
                                    delete message.data;
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
                 * Decodes a StoredCredential message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof spotify.login5.v3.StoredCredential
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {spotify.login5.v3.StoredCredential & spotify.login5.v3.StoredCredential.$Shape} StoredCredential
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StoredCredential.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a StoredCredential message.
                 * @function verify
                 * @memberof spotify.login5.v3.StoredCredential
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                StoredCredential.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.username != null && $Object.hasOwnProperty.call(message, "username"))
                        if (!$util.isString(message.username))
                            return "username: string expected";
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                        if (!(message.data && typeof message.data.length === "number" || $util.isString(message.data)))
                            return "data: buffer expected";
                    return null;
                };

                /**
                 * Creates a StoredCredential message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof spotify.login5.v3.StoredCredential
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {spotify.login5.v3.StoredCredential} StoredCredential
                 */
                StoredCredential.fromObject = function (object, _depth) {
                    if (object instanceof $root.spotify.login5.v3.StoredCredential)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".spotify.login5.v3.StoredCredential: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.spotify.login5.v3.StoredCredential();
                    if (object.username != null)
                        if (typeof object.username !== "string" || object.username.length)
                            message.username = $String(object.username);
                    if (object.data != null)
                        if (object.data.length)
                            if (typeof object.data === "string")
                                $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                            else if (object.data.length >= 0)
                                message.data = object.data;
                    return message;
                };

                /**
                 * Creates a plain object from a StoredCredential message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof spotify.login5.v3.StoredCredential
                 * @static
                 * @param {spotify.login5.v3.StoredCredential} message StoredCredential
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                StoredCredential.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.username = "";
                        if (options.bytes === $String)
                            object.data = "";
                        else {
                            object.data = [];
                            if (options.bytes !== $Array)
                                object.data = $util.newBuffer(object.data);
                        }
                    }
                    if (message.username != null && $Object.hasOwnProperty.call(message, "username"))
                        object.username = message.username;
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                        object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
                    return object;
                };

                /**
                 * Converts this StoredCredential to JSON.
                 * @function toJSON
                 * @memberof spotify.login5.v3.StoredCredential
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                StoredCredential.prototype.toJSON = function() {
                    return StoredCredential.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for StoredCredential
                 * @function getTypeUrl
                 * @memberof spotify.login5.v3.StoredCredential
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                StoredCredential.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/spotify.login5.v3.StoredCredential";
                };

                return StoredCredential;
            })();

            v3.HashcashChallenge = (function() {

                /**
                 * Properties of a HashcashChallenge.
                 * @typedef {Object} spotify.login5.v3.HashcashChallenge.$Properties
                 * @property {Uint8Array|null} [prefix] HashcashChallenge prefix
                 * @property {number|null} [length] HashcashChallenge length
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a HashcashChallenge.
                 * @memberof spotify.login5.v3
                 * @interface IHashcashChallenge
                 * @augments spotify.login5.v3.HashcashChallenge.$Properties
                 * @deprecated Use spotify.login5.v3.HashcashChallenge.$Properties instead.
                 */

                /**
                 * Shape of a HashcashChallenge.
                 * @typedef {spotify.login5.v3.HashcashChallenge.$Properties} spotify.login5.v3.HashcashChallenge.$Shape
                 */

                /**
                 * Constructs a new HashcashChallenge.
                 * @memberof spotify.login5.v3
                 * @classdesc Represents a HashcashChallenge.
                 * @constructor
                 * @param {spotify.login5.v3.HashcashChallenge.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const HashcashChallenge = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * HashcashChallenge prefix.
                 * @member {Uint8Array} prefix
                 * @memberof spotify.login5.v3.HashcashChallenge
                 * @instance
                 */
                HashcashChallenge.prototype.prefix = $util.newBuffer([]);

                /**
                 * HashcashChallenge length.
                 * @member {number} length
                 * @memberof spotify.login5.v3.HashcashChallenge
                 * @instance
                 */
                HashcashChallenge.prototype.length = 0;

                /**
                 * Creates a new HashcashChallenge instance using the specified properties.
                 * @function create
                 * @memberof spotify.login5.v3.HashcashChallenge
                 * @static
                 * @param {spotify.login5.v3.HashcashChallenge.$Properties=} [properties] Properties to set
                 * @returns {spotify.login5.v3.HashcashChallenge} HashcashChallenge instance
                 * @type {{
                 *   (properties: spotify.login5.v3.HashcashChallenge.$Shape): spotify.login5.v3.HashcashChallenge & spotify.login5.v3.HashcashChallenge.$Shape;
                 *   (properties?: spotify.login5.v3.HashcashChallenge.$Properties): spotify.login5.v3.HashcashChallenge;
                 * }}
                 */
                HashcashChallenge.create = function(properties) {
                    return new HashcashChallenge(properties);
                };

                /**
                 * Encodes the specified HashcashChallenge message. Does not implicitly {@link spotify.login5.v3.HashcashChallenge.verify|verify} messages.
                 * @function encode
                 * @memberof spotify.login5.v3.HashcashChallenge
                 * @static
                 * @param {spotify.login5.v3.HashcashChallenge.$Properties} message HashcashChallenge message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                HashcashChallenge.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.prefix != null && $Object.hasOwnProperty.call(message, "prefix") && message.prefix.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.prefix);
                    if (message.length != null && $Object.hasOwnProperty.call(message, "length") && message.length !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).int32(message.length);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified HashcashChallenge message, length delimited. Does not implicitly {@link spotify.login5.v3.HashcashChallenge.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof spotify.login5.v3.HashcashChallenge
                 * @static
                 * @param {spotify.login5.v3.HashcashChallenge.$Properties} message HashcashChallenge message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                HashcashChallenge.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a HashcashChallenge message from the specified reader or buffer.
                 * @function decode
                 * @memberof spotify.login5.v3.HashcashChallenge
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {spotify.login5.v3.HashcashChallenge & spotify.login5.v3.HashcashChallenge.$Shape} HashcashChallenge
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                HashcashChallenge.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.spotify.login5.v3.HashcashChallenge();
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
                                if ((value = reader.bytes()).length)
                                    message.prefix = value;
                                else
                                    delete message.prefix;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.length = value;
                                else
                                    delete message.length;
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
                 * Decodes a HashcashChallenge message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof spotify.login5.v3.HashcashChallenge
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {spotify.login5.v3.HashcashChallenge & spotify.login5.v3.HashcashChallenge.$Shape} HashcashChallenge
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                HashcashChallenge.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a HashcashChallenge message.
                 * @function verify
                 * @memberof spotify.login5.v3.HashcashChallenge
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                HashcashChallenge.verify = function (message, _depth) {
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
                    return null;
                };

                /**
                 * Creates a HashcashChallenge message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof spotify.login5.v3.HashcashChallenge
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {spotify.login5.v3.HashcashChallenge} HashcashChallenge
                 */
                HashcashChallenge.fromObject = function (object, _depth) {
                    if (object instanceof $root.spotify.login5.v3.HashcashChallenge)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".spotify.login5.v3.HashcashChallenge: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.spotify.login5.v3.HashcashChallenge();
                    if (object.prefix != null)
                        if (object.prefix.length)
                            if (typeof object.prefix === "string")
                                $util.base64.decode(object.prefix, message.prefix = $util.newBuffer($util.base64.length(object.prefix)), 0);
                            else if (object.prefix.length >= 0)
                                message.prefix = object.prefix;
                    if (object.length != null)
                        if ($Number(object.length) !== 0)
                            message.length = object.length | 0;
                    return message;
                };

                /**
                 * Creates a plain object from a HashcashChallenge message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof spotify.login5.v3.HashcashChallenge
                 * @static
                 * @param {spotify.login5.v3.HashcashChallenge} message HashcashChallenge
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                HashcashChallenge.toObject = function (message, options, _depth) {
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
                    }
                    if (message.prefix != null && $Object.hasOwnProperty.call(message, "prefix"))
                        object.prefix = options.bytes === $String ? $util.base64.encode(message.prefix, 0, message.prefix.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.prefix) : message.prefix;
                    if (message.length != null && $Object.hasOwnProperty.call(message, "length"))
                        object.length = message.length;
                    return object;
                };

                /**
                 * Converts this HashcashChallenge to JSON.
                 * @function toJSON
                 * @memberof spotify.login5.v3.HashcashChallenge
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                HashcashChallenge.prototype.toJSON = function() {
                    return HashcashChallenge.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for HashcashChallenge
                 * @function getTypeUrl
                 * @memberof spotify.login5.v3.HashcashChallenge
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                HashcashChallenge.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/spotify.login5.v3.HashcashChallenge";
                };

                return HashcashChallenge;
            })();

            v3.HashcashSolution = (function() {

                /**
                 * Properties of a HashcashSolution.
                 * @typedef {Object} spotify.login5.v3.HashcashSolution.$Properties
                 * @property {Uint8Array|null} [suffix] HashcashSolution suffix
                 * @property {google.protobuf.Duration.$Properties|null} [duration] HashcashSolution duration
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a HashcashSolution.
                 * @memberof spotify.login5.v3
                 * @interface IHashcashSolution
                 * @augments spotify.login5.v3.HashcashSolution.$Properties
                 * @deprecated Use spotify.login5.v3.HashcashSolution.$Properties instead.
                 */

                /**
                 * Shape of a HashcashSolution.
                 * @typedef {spotify.login5.v3.HashcashSolution.$Properties} spotify.login5.v3.HashcashSolution.$Shape
                 */

                /**
                 * Constructs a new HashcashSolution.
                 * @memberof spotify.login5.v3
                 * @classdesc Represents a HashcashSolution.
                 * @constructor
                 * @param {spotify.login5.v3.HashcashSolution.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const HashcashSolution = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * HashcashSolution suffix.
                 * @member {Uint8Array} suffix
                 * @memberof spotify.login5.v3.HashcashSolution
                 * @instance
                 */
                HashcashSolution.prototype.suffix = $util.newBuffer([]);

                /**
                 * HashcashSolution duration.
                 * @member {google.protobuf.Duration.$Properties|null|undefined} duration
                 * @memberof spotify.login5.v3.HashcashSolution
                 * @instance
                 */
                HashcashSolution.prototype.duration = null;

                /**
                 * Creates a new HashcashSolution instance using the specified properties.
                 * @function create
                 * @memberof spotify.login5.v3.HashcashSolution
                 * @static
                 * @param {spotify.login5.v3.HashcashSolution.$Properties=} [properties] Properties to set
                 * @returns {spotify.login5.v3.HashcashSolution} HashcashSolution instance
                 * @type {{
                 *   (properties: spotify.login5.v3.HashcashSolution.$Shape): spotify.login5.v3.HashcashSolution & spotify.login5.v3.HashcashSolution.$Shape;
                 *   (properties?: spotify.login5.v3.HashcashSolution.$Properties): spotify.login5.v3.HashcashSolution;
                 * }}
                 */
                HashcashSolution.create = function(properties) {
                    return new HashcashSolution(properties);
                };

                /**
                 * Encodes the specified HashcashSolution message. Does not implicitly {@link spotify.login5.v3.HashcashSolution.verify|verify} messages.
                 * @function encode
                 * @memberof spotify.login5.v3.HashcashSolution
                 * @static
                 * @param {spotify.login5.v3.HashcashSolution.$Properties} message HashcashSolution message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                HashcashSolution.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.suffix != null && $Object.hasOwnProperty.call(message, "suffix") && message.suffix.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.suffix);
                    if (message.duration != null && $Object.hasOwnProperty.call(message, "duration"))
                        $root.google.protobuf.Duration.encode(message.duration, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified HashcashSolution message, length delimited. Does not implicitly {@link spotify.login5.v3.HashcashSolution.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof spotify.login5.v3.HashcashSolution
                 * @static
                 * @param {spotify.login5.v3.HashcashSolution.$Properties} message HashcashSolution message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                HashcashSolution.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a HashcashSolution message from the specified reader or buffer.
                 * @function decode
                 * @memberof spotify.login5.v3.HashcashSolution
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {spotify.login5.v3.HashcashSolution & spotify.login5.v3.HashcashSolution.$Shape} HashcashSolution
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                HashcashSolution.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.spotify.login5.v3.HashcashSolution();
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
                                if ((value = reader.bytes()).length)
                                    message.suffix = value;
                                else
                                    delete message.suffix;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.duration = $root.google.protobuf.Duration.decode(reader, reader.size(), $undefined, _depth + 1, message.duration);
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
                 * Decodes a HashcashSolution message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof spotify.login5.v3.HashcashSolution
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {spotify.login5.v3.HashcashSolution & spotify.login5.v3.HashcashSolution.$Shape} HashcashSolution
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                HashcashSolution.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a HashcashSolution message.
                 * @function verify
                 * @memberof spotify.login5.v3.HashcashSolution
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                HashcashSolution.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.suffix != null && $Object.hasOwnProperty.call(message, "suffix"))
                        if (!(message.suffix && typeof message.suffix.length === "number" || $util.isString(message.suffix)))
                            return "suffix: buffer expected";
                    if (message.duration != null && $Object.hasOwnProperty.call(message, "duration")) {
                        let error = $root.google.protobuf.Duration.verify(message.duration, _depth + 1);
                        if (error)
                            return "duration." + error;
                    }
                    return null;
                };

                /**
                 * Creates a HashcashSolution message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof spotify.login5.v3.HashcashSolution
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {spotify.login5.v3.HashcashSolution} HashcashSolution
                 */
                HashcashSolution.fromObject = function (object, _depth) {
                    if (object instanceof $root.spotify.login5.v3.HashcashSolution)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".spotify.login5.v3.HashcashSolution: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.spotify.login5.v3.HashcashSolution();
                    if (object.suffix != null)
                        if (object.suffix.length)
                            if (typeof object.suffix === "string")
                                $util.base64.decode(object.suffix, message.suffix = $util.newBuffer($util.base64.length(object.suffix)), 0);
                            else if (object.suffix.length >= 0)
                                message.suffix = object.suffix;
                    if (object.duration != null) {
                        if (!$util.isObject(object.duration))
                            throw $TypeError(".spotify.login5.v3.HashcashSolution.duration: object expected");
                        message.duration = $root.google.protobuf.Duration.fromObject(object.duration, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a HashcashSolution message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof spotify.login5.v3.HashcashSolution
                 * @static
                 * @param {spotify.login5.v3.HashcashSolution} message HashcashSolution
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                HashcashSolution.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        if (options.bytes === $String)
                            object.suffix = "";
                        else {
                            object.suffix = [];
                            if (options.bytes !== $Array)
                                object.suffix = $util.newBuffer(object.suffix);
                        }
                        object.duration = null;
                    }
                    if (message.suffix != null && $Object.hasOwnProperty.call(message, "suffix"))
                        object.suffix = options.bytes === $String ? $util.base64.encode(message.suffix, 0, message.suffix.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.suffix) : message.suffix;
                    if (message.duration != null && $Object.hasOwnProperty.call(message, "duration"))
                        object.duration = $root.google.protobuf.Duration.toObject(message.duration, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this HashcashSolution to JSON.
                 * @function toJSON
                 * @memberof spotify.login5.v3.HashcashSolution
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                HashcashSolution.prototype.toJSON = function() {
                    return HashcashSolution.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for HashcashSolution
                 * @function getTypeUrl
                 * @memberof spotify.login5.v3.HashcashSolution
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                HashcashSolution.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/spotify.login5.v3.HashcashSolution";
                };

                return HashcashSolution;
            })();

            v3.CodeChallenge = (function() {

                /**
                 * Properties of a CodeChallenge.
                 * @typedef {Object} spotify.login5.v3.CodeChallenge.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a CodeChallenge.
                 * @memberof spotify.login5.v3
                 * @interface ICodeChallenge
                 * @augments spotify.login5.v3.CodeChallenge.$Properties
                 * @deprecated Use spotify.login5.v3.CodeChallenge.$Properties instead.
                 */

                /**
                 * Shape of a CodeChallenge.
                 * @typedef {spotify.login5.v3.CodeChallenge.$Properties} spotify.login5.v3.CodeChallenge.$Shape
                 */

                /**
                 * Constructs a new CodeChallenge.
                 * @memberof spotify.login5.v3
                 * @classdesc Represents a CodeChallenge.
                 * @constructor
                 * @param {spotify.login5.v3.CodeChallenge.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const CodeChallenge = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Creates a new CodeChallenge instance using the specified properties.
                 * @function create
                 * @memberof spotify.login5.v3.CodeChallenge
                 * @static
                 * @param {spotify.login5.v3.CodeChallenge.$Properties=} [properties] Properties to set
                 * @returns {spotify.login5.v3.CodeChallenge} CodeChallenge instance
                 * @type {{
                 *   (properties: spotify.login5.v3.CodeChallenge.$Shape): spotify.login5.v3.CodeChallenge & spotify.login5.v3.CodeChallenge.$Shape;
                 *   (properties?: spotify.login5.v3.CodeChallenge.$Properties): spotify.login5.v3.CodeChallenge;
                 * }}
                 */
                CodeChallenge.create = function(properties) {
                    return new CodeChallenge(properties);
                };

                /**
                 * Encodes the specified CodeChallenge message. Does not implicitly {@link spotify.login5.v3.CodeChallenge.verify|verify} messages.
                 * @function encode
                 * @memberof spotify.login5.v3.CodeChallenge
                 * @static
                 * @param {spotify.login5.v3.CodeChallenge.$Properties} message CodeChallenge message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CodeChallenge.encode = function (message, writer, _depth) {
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
                 * Encodes the specified CodeChallenge message, length delimited. Does not implicitly {@link spotify.login5.v3.CodeChallenge.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof spotify.login5.v3.CodeChallenge
                 * @static
                 * @param {spotify.login5.v3.CodeChallenge.$Properties} message CodeChallenge message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CodeChallenge.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a CodeChallenge message from the specified reader or buffer.
                 * @function decode
                 * @memberof spotify.login5.v3.CodeChallenge
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {spotify.login5.v3.CodeChallenge & spotify.login5.v3.CodeChallenge.$Shape} CodeChallenge
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CodeChallenge.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.spotify.login5.v3.CodeChallenge();
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
                 * Decodes a CodeChallenge message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof spotify.login5.v3.CodeChallenge
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {spotify.login5.v3.CodeChallenge & spotify.login5.v3.CodeChallenge.$Shape} CodeChallenge
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CodeChallenge.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a CodeChallenge message.
                 * @function verify
                 * @memberof spotify.login5.v3.CodeChallenge
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                CodeChallenge.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    return null;
                };

                /**
                 * Creates a CodeChallenge message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof spotify.login5.v3.CodeChallenge
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {spotify.login5.v3.CodeChallenge} CodeChallenge
                 */
                CodeChallenge.fromObject = function (object, _depth) {
                    if (object instanceof $root.spotify.login5.v3.CodeChallenge)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".spotify.login5.v3.CodeChallenge: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.spotify.login5.v3.CodeChallenge();
                };

                /**
                 * Creates a plain object from a CodeChallenge message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof spotify.login5.v3.CodeChallenge
                 * @static
                 * @param {spotify.login5.v3.CodeChallenge} message CodeChallenge
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                CodeChallenge.toObject = function () {
                    return {};
                };

                /**
                 * Converts this CodeChallenge to JSON.
                 * @function toJSON
                 * @memberof spotify.login5.v3.CodeChallenge
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                CodeChallenge.prototype.toJSON = function() {
                    return CodeChallenge.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for CodeChallenge
                 * @function getTypeUrl
                 * @memberof spotify.login5.v3.CodeChallenge
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                CodeChallenge.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/spotify.login5.v3.CodeChallenge";
                };

                return CodeChallenge;
            })();

            v3.CodeSolution = (function() {

                /**
                 * Properties of a CodeSolution.
                 * @typedef {Object} spotify.login5.v3.CodeSolution.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a CodeSolution.
                 * @memberof spotify.login5.v3
                 * @interface ICodeSolution
                 * @augments spotify.login5.v3.CodeSolution.$Properties
                 * @deprecated Use spotify.login5.v3.CodeSolution.$Properties instead.
                 */

                /**
                 * Shape of a CodeSolution.
                 * @typedef {spotify.login5.v3.CodeSolution.$Properties} spotify.login5.v3.CodeSolution.$Shape
                 */

                /**
                 * Constructs a new CodeSolution.
                 * @memberof spotify.login5.v3
                 * @classdesc Represents a CodeSolution.
                 * @constructor
                 * @param {spotify.login5.v3.CodeSolution.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const CodeSolution = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Creates a new CodeSolution instance using the specified properties.
                 * @function create
                 * @memberof spotify.login5.v3.CodeSolution
                 * @static
                 * @param {spotify.login5.v3.CodeSolution.$Properties=} [properties] Properties to set
                 * @returns {spotify.login5.v3.CodeSolution} CodeSolution instance
                 * @type {{
                 *   (properties: spotify.login5.v3.CodeSolution.$Shape): spotify.login5.v3.CodeSolution & spotify.login5.v3.CodeSolution.$Shape;
                 *   (properties?: spotify.login5.v3.CodeSolution.$Properties): spotify.login5.v3.CodeSolution;
                 * }}
                 */
                CodeSolution.create = function(properties) {
                    return new CodeSolution(properties);
                };

                /**
                 * Encodes the specified CodeSolution message. Does not implicitly {@link spotify.login5.v3.CodeSolution.verify|verify} messages.
                 * @function encode
                 * @memberof spotify.login5.v3.CodeSolution
                 * @static
                 * @param {spotify.login5.v3.CodeSolution.$Properties} message CodeSolution message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CodeSolution.encode = function (message, writer, _depth) {
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
                 * Encodes the specified CodeSolution message, length delimited. Does not implicitly {@link spotify.login5.v3.CodeSolution.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof spotify.login5.v3.CodeSolution
                 * @static
                 * @param {spotify.login5.v3.CodeSolution.$Properties} message CodeSolution message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CodeSolution.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a CodeSolution message from the specified reader or buffer.
                 * @function decode
                 * @memberof spotify.login5.v3.CodeSolution
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {spotify.login5.v3.CodeSolution & spotify.login5.v3.CodeSolution.$Shape} CodeSolution
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CodeSolution.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.spotify.login5.v3.CodeSolution();
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
                 * Decodes a CodeSolution message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof spotify.login5.v3.CodeSolution
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {spotify.login5.v3.CodeSolution & spotify.login5.v3.CodeSolution.$Shape} CodeSolution
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CodeSolution.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a CodeSolution message.
                 * @function verify
                 * @memberof spotify.login5.v3.CodeSolution
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                CodeSolution.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    return null;
                };

                /**
                 * Creates a CodeSolution message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof spotify.login5.v3.CodeSolution
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {spotify.login5.v3.CodeSolution} CodeSolution
                 */
                CodeSolution.fromObject = function (object, _depth) {
                    if (object instanceof $root.spotify.login5.v3.CodeSolution)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".spotify.login5.v3.CodeSolution: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.spotify.login5.v3.CodeSolution();
                };

                /**
                 * Creates a plain object from a CodeSolution message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof spotify.login5.v3.CodeSolution
                 * @static
                 * @param {spotify.login5.v3.CodeSolution} message CodeSolution
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                CodeSolution.toObject = function () {
                    return {};
                };

                /**
                 * Converts this CodeSolution to JSON.
                 * @function toJSON
                 * @memberof spotify.login5.v3.CodeSolution
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                CodeSolution.prototype.toJSON = function() {
                    return CodeSolution.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for CodeSolution
                 * @function getTypeUrl
                 * @memberof spotify.login5.v3.CodeSolution
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                CodeSolution.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/spotify.login5.v3.CodeSolution";
                };

                return CodeSolution;
            })();

            v3.Challenge = (function() {

                /**
                 * Properties of a Challenge.
                 * @typedef {Object} spotify.login5.v3.Challenge.$Properties
                 * @property {spotify.login5.v3.HashcashChallenge.$Properties|null} [hashcash] Challenge hashcash
                 * @property {spotify.login5.v3.CodeChallenge.$Properties|null} [code] Challenge code
                 * @property {"hashcash"|"code"} [challenge] Challenge challenge
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Challenge.
                 * @memberof spotify.login5.v3
                 * @interface IChallenge
                 * @augments spotify.login5.v3.Challenge.$Properties
                 * @deprecated Use spotify.login5.v3.Challenge.$Properties instead.
                 */

                /**
                 * Narrowed shape of a Challenge.
                 * @typedef {{
                 *   hashcash?: spotify.login5.v3.HashcashChallenge.$Shape|null;
                 *   code?: spotify.login5.v3.CodeChallenge.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * } & (
                 *   ({ challenge?: undefined; hashcash?: null; code?: null }|{ challenge?: "hashcash"; hashcash: spotify.login5.v3.HashcashChallenge.$Shape; code?: null }|{ challenge?: "code"; hashcash?: null; code: spotify.login5.v3.CodeChallenge.$Shape })
                 * )} spotify.login5.v3.Challenge.$Shape
                 */

                /**
                 * Constructs a new Challenge.
                 * @memberof spotify.login5.v3
                 * @classdesc Represents a Challenge.
                 * @constructor
                 * @param {spotify.login5.v3.Challenge.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Challenge = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Challenge hashcash.
                 * @member {spotify.login5.v3.HashcashChallenge.$Properties|null|undefined} hashcash
                 * @memberof spotify.login5.v3.Challenge
                 * @instance
                 */
                Challenge.prototype.hashcash = null;

                /**
                 * Challenge code.
                 * @member {spotify.login5.v3.CodeChallenge.$Properties|null|undefined} code
                 * @memberof spotify.login5.v3.Challenge
                 * @instance
                 */
                Challenge.prototype.code = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                /**
                 * Challenge challenge.
                 * @member {"hashcash"|"code"|undefined} challenge
                 * @memberof spotify.login5.v3.Challenge
                 * @instance
                 */
                $Object.defineProperty(Challenge.prototype, "challenge", {
                    get: $util.oneOfGetter($oneOfFields = ["hashcash", "code"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new Challenge instance using the specified properties.
                 * @function create
                 * @memberof spotify.login5.v3.Challenge
                 * @static
                 * @param {spotify.login5.v3.Challenge.$Properties=} [properties] Properties to set
                 * @returns {spotify.login5.v3.Challenge} Challenge instance
                 * @type {{
                 *   (properties: spotify.login5.v3.Challenge.$Shape): spotify.login5.v3.Challenge & spotify.login5.v3.Challenge.$Shape;
                 *   (properties?: spotify.login5.v3.Challenge.$Properties): spotify.login5.v3.Challenge;
                 * }}
                 */
                Challenge.create = function(properties) {
                    return new Challenge(properties);
                };

                /**
                 * Encodes the specified Challenge message. Does not implicitly {@link spotify.login5.v3.Challenge.verify|verify} messages.
                 * @function encode
                 * @memberof spotify.login5.v3.Challenge
                 * @static
                 * @param {spotify.login5.v3.Challenge.$Properties} message Challenge message or plain object to encode
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
                    if (message.hashcash != null && $Object.hasOwnProperty.call(message, "hashcash"))
                        $root.spotify.login5.v3.HashcashChallenge.encode(message.hashcash, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                        $root.spotify.login5.v3.CodeChallenge.encode(message.code, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Challenge message, length delimited. Does not implicitly {@link spotify.login5.v3.Challenge.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof spotify.login5.v3.Challenge
                 * @static
                 * @param {spotify.login5.v3.Challenge.$Properties} message Challenge message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Challenge.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Challenge message from the specified reader or buffer.
                 * @function decode
                 * @memberof spotify.login5.v3.Challenge
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {spotify.login5.v3.Challenge & spotify.login5.v3.Challenge.$Shape} Challenge
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
                    message = _target || new $root.spotify.login5.v3.Challenge();
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
                                message.hashcash = $root.spotify.login5.v3.HashcashChallenge.decode(reader, reader.size(), $undefined, _depth + 1, message.hashcash);
                                message.challenge = "hashcash";
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.code = $root.spotify.login5.v3.CodeChallenge.decode(reader, reader.size(), $undefined, _depth + 1, message.code);
                                message.challenge = "code";
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
                 * @memberof spotify.login5.v3.Challenge
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {spotify.login5.v3.Challenge & spotify.login5.v3.Challenge.$Shape} Challenge
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
                 * @memberof spotify.login5.v3.Challenge
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
                    if (message.hashcash != null && $Object.hasOwnProperty.call(message, "hashcash")) {
                        properties.challenge = 1;
                        {
                            let error = $root.spotify.login5.v3.HashcashChallenge.verify(message.hashcash, _depth + 1);
                            if (error)
                                return "hashcash." + error;
                        }
                    }
                    if (message.code != null && $Object.hasOwnProperty.call(message, "code")) {
                        if (properties.challenge === 1)
                            return "challenge: multiple values";
                        properties.challenge = 1;
                        {
                            let error = $root.spotify.login5.v3.CodeChallenge.verify(message.code, _depth + 1);
                            if (error)
                                return "code." + error;
                        }
                    }
                    return null;
                };

                /**
                 * Creates a Challenge message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof spotify.login5.v3.Challenge
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {spotify.login5.v3.Challenge} Challenge
                 */
                Challenge.fromObject = function (object, _depth) {
                    if (object instanceof $root.spotify.login5.v3.Challenge)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".spotify.login5.v3.Challenge: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.spotify.login5.v3.Challenge();
                    if (object.hashcash != null) {
                        if (!$util.isObject(object.hashcash))
                            throw $TypeError(".spotify.login5.v3.Challenge.hashcash: object expected");
                        message.hashcash = $root.spotify.login5.v3.HashcashChallenge.fromObject(object.hashcash, _depth + 1);
                    }
                    if (object.code != null) {
                        if (!$util.isObject(object.code))
                            throw $TypeError(".spotify.login5.v3.Challenge.code: object expected");
                        message.code = $root.spotify.login5.v3.CodeChallenge.fromObject(object.code, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a Challenge message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof spotify.login5.v3.Challenge
                 * @static
                 * @param {spotify.login5.v3.Challenge} message Challenge
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
                    if (message.hashcash != null && $Object.hasOwnProperty.call(message, "hashcash")) {
                        object.hashcash = $root.spotify.login5.v3.HashcashChallenge.toObject(message.hashcash, options, _depth + 1);
                        if (options.oneofs)
                            object.challenge = "hashcash";
                    }
                    if (message.code != null && $Object.hasOwnProperty.call(message, "code")) {
                        object.code = $root.spotify.login5.v3.CodeChallenge.toObject(message.code, options, _depth + 1);
                        if (options.oneofs)
                            object.challenge = "code";
                    }
                    return object;
                };

                /**
                 * Converts this Challenge to JSON.
                 * @function toJSON
                 * @memberof spotify.login5.v3.Challenge
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Challenge.prototype.toJSON = function() {
                    return Challenge.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Challenge
                 * @function getTypeUrl
                 * @memberof spotify.login5.v3.Challenge
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Challenge.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/spotify.login5.v3.Challenge";
                };

                return Challenge;
            })();

            v3.Challenges = (function() {

                /**
                 * Properties of a Challenges.
                 * @typedef {Object} spotify.login5.v3.Challenges.$Properties
                 * @property {Array.<spotify.login5.v3.Challenge.$Properties>|null} [challenges] Challenges challenges
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Challenges.
                 * @memberof spotify.login5.v3
                 * @interface IChallenges
                 * @augments spotify.login5.v3.Challenges.$Properties
                 * @deprecated Use spotify.login5.v3.Challenges.$Properties instead.
                 */

                /**
                 * Shape of a Challenges.
                 * @typedef {{
                 *   challenges?: Array.<spotify.login5.v3.Challenge.$Shape>|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * }} spotify.login5.v3.Challenges.$Shape
                 */

                /**
                 * Constructs a new Challenges.
                 * @memberof spotify.login5.v3
                 * @classdesc Represents a Challenges.
                 * @constructor
                 * @param {spotify.login5.v3.Challenges.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Challenges = function (properties) {
                    this.challenges = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Challenges challenges.
                 * @member {Array.<spotify.login5.v3.Challenge.$Properties>} challenges
                 * @memberof spotify.login5.v3.Challenges
                 * @instance
                 */
                Challenges.prototype.challenges = $util.emptyArray;

                /**
                 * Creates a new Challenges instance using the specified properties.
                 * @function create
                 * @memberof spotify.login5.v3.Challenges
                 * @static
                 * @param {spotify.login5.v3.Challenges.$Properties=} [properties] Properties to set
                 * @returns {spotify.login5.v3.Challenges} Challenges instance
                 * @type {{
                 *   (properties: spotify.login5.v3.Challenges.$Shape): spotify.login5.v3.Challenges & spotify.login5.v3.Challenges.$Shape;
                 *   (properties?: spotify.login5.v3.Challenges.$Properties): spotify.login5.v3.Challenges;
                 * }}
                 */
                Challenges.create = function(properties) {
                    return new Challenges(properties);
                };

                /**
                 * Encodes the specified Challenges message. Does not implicitly {@link spotify.login5.v3.Challenges.verify|verify} messages.
                 * @function encode
                 * @memberof spotify.login5.v3.Challenges
                 * @static
                 * @param {spotify.login5.v3.Challenges.$Properties} message Challenges message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Challenges.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.challenges != null && message.challenges.length)
                        for (let i = 0; i < message.challenges.length; ++i)
                            $root.spotify.login5.v3.Challenge.encode(message.challenges[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Challenges message, length delimited. Does not implicitly {@link spotify.login5.v3.Challenges.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof spotify.login5.v3.Challenges
                 * @static
                 * @param {spotify.login5.v3.Challenges.$Properties} message Challenges message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Challenges.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Challenges message from the specified reader or buffer.
                 * @function decode
                 * @memberof spotify.login5.v3.Challenges
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {spotify.login5.v3.Challenges & spotify.login5.v3.Challenges.$Shape} Challenges
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Challenges.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.spotify.login5.v3.Challenges();
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
                                if (!(message.challenges && message.challenges.length))
                                    message.challenges = [];
                                message.challenges.push($root.spotify.login5.v3.Challenge.decode(reader, reader.size(), $undefined, _depth + 1));
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
                 * Decodes a Challenges message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof spotify.login5.v3.Challenges
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {spotify.login5.v3.Challenges & spotify.login5.v3.Challenges.$Shape} Challenges
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Challenges.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a Challenges message.
                 * @function verify
                 * @memberof spotify.login5.v3.Challenges
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Challenges.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.challenges != null && $Object.hasOwnProperty.call(message, "challenges")) {
                        if (!$Array.isArray(message.challenges))
                            return "challenges: array expected";
                        for (let i = 0; i < message.challenges.length; ++i) {
                            let error = $root.spotify.login5.v3.Challenge.verify(message.challenges[i], _depth + 1);
                            if (error)
                                return "challenges." + error;
                        }
                    }
                    return null;
                };

                /**
                 * Creates a Challenges message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof spotify.login5.v3.Challenges
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {spotify.login5.v3.Challenges} Challenges
                 */
                Challenges.fromObject = function (object, _depth) {
                    if (object instanceof $root.spotify.login5.v3.Challenges)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".spotify.login5.v3.Challenges: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.spotify.login5.v3.Challenges();
                    if (object.challenges) {
                        if (!$Array.isArray(object.challenges))
                            throw $TypeError(".spotify.login5.v3.Challenges.challenges: array expected");
                        message.challenges = $Array(object.challenges.length);
                        for (let i = 0; i < object.challenges.length; ++i) {
                            if (!$util.isObject(object.challenges[i]))
                                throw $TypeError(".spotify.login5.v3.Challenges.challenges: object expected");
                            message.challenges[i] = $root.spotify.login5.v3.Challenge.fromObject(object.challenges[i], _depth + 1);
                        }
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a Challenges message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof spotify.login5.v3.Challenges
                 * @static
                 * @param {spotify.login5.v3.Challenges} message Challenges
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Challenges.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.challenges = [];
                    if (message.challenges && message.challenges.length) {
                        object.challenges = $Array(message.challenges.length);
                        for (let j = 0; j < message.challenges.length; ++j)
                            object.challenges[j] = $root.spotify.login5.v3.Challenge.toObject(message.challenges[j], options, _depth + 1);
                    }
                    return object;
                };

                /**
                 * Converts this Challenges to JSON.
                 * @function toJSON
                 * @memberof spotify.login5.v3.Challenges
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Challenges.prototype.toJSON = function() {
                    return Challenges.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Challenges
                 * @function getTypeUrl
                 * @memberof spotify.login5.v3.Challenges
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Challenges.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/spotify.login5.v3.Challenges";
                };

                return Challenges;
            })();

            v3.ChallengeSolution = (function() {

                /**
                 * Properties of a ChallengeSolution.
                 * @typedef {Object} spotify.login5.v3.ChallengeSolution.$Properties
                 * @property {spotify.login5.v3.HashcashSolution.$Properties|null} [hashcash] ChallengeSolution hashcash
                 * @property {spotify.login5.v3.CodeSolution.$Properties|null} [code] ChallengeSolution code
                 * @property {"hashcash"|"code"} [solution] ChallengeSolution solution
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ChallengeSolution.
                 * @memberof spotify.login5.v3
                 * @interface IChallengeSolution
                 * @augments spotify.login5.v3.ChallengeSolution.$Properties
                 * @deprecated Use spotify.login5.v3.ChallengeSolution.$Properties instead.
                 */

                /**
                 * Narrowed shape of a ChallengeSolution.
                 * @typedef {{
                 *   hashcash?: spotify.login5.v3.HashcashSolution.$Shape|null;
                 *   code?: spotify.login5.v3.CodeSolution.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * } & (
                 *   ({ solution?: undefined; hashcash?: null; code?: null }|{ solution?: "hashcash"; hashcash: spotify.login5.v3.HashcashSolution.$Shape; code?: null }|{ solution?: "code"; hashcash?: null; code: spotify.login5.v3.CodeSolution.$Shape })
                 * )} spotify.login5.v3.ChallengeSolution.$Shape
                 */

                /**
                 * Constructs a new ChallengeSolution.
                 * @memberof spotify.login5.v3
                 * @classdesc Represents a ChallengeSolution.
                 * @constructor
                 * @param {spotify.login5.v3.ChallengeSolution.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ChallengeSolution = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ChallengeSolution hashcash.
                 * @member {spotify.login5.v3.HashcashSolution.$Properties|null|undefined} hashcash
                 * @memberof spotify.login5.v3.ChallengeSolution
                 * @instance
                 */
                ChallengeSolution.prototype.hashcash = null;

                /**
                 * ChallengeSolution code.
                 * @member {spotify.login5.v3.CodeSolution.$Properties|null|undefined} code
                 * @memberof spotify.login5.v3.ChallengeSolution
                 * @instance
                 */
                ChallengeSolution.prototype.code = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                /**
                 * ChallengeSolution solution.
                 * @member {"hashcash"|"code"|undefined} solution
                 * @memberof spotify.login5.v3.ChallengeSolution
                 * @instance
                 */
                $Object.defineProperty(ChallengeSolution.prototype, "solution", {
                    get: $util.oneOfGetter($oneOfFields = ["hashcash", "code"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new ChallengeSolution instance using the specified properties.
                 * @function create
                 * @memberof spotify.login5.v3.ChallengeSolution
                 * @static
                 * @param {spotify.login5.v3.ChallengeSolution.$Properties=} [properties] Properties to set
                 * @returns {spotify.login5.v3.ChallengeSolution} ChallengeSolution instance
                 * @type {{
                 *   (properties: spotify.login5.v3.ChallengeSolution.$Shape): spotify.login5.v3.ChallengeSolution & spotify.login5.v3.ChallengeSolution.$Shape;
                 *   (properties?: spotify.login5.v3.ChallengeSolution.$Properties): spotify.login5.v3.ChallengeSolution;
                 * }}
                 */
                ChallengeSolution.create = function(properties) {
                    return new ChallengeSolution(properties);
                };

                /**
                 * Encodes the specified ChallengeSolution message. Does not implicitly {@link spotify.login5.v3.ChallengeSolution.verify|verify} messages.
                 * @function encode
                 * @memberof spotify.login5.v3.ChallengeSolution
                 * @static
                 * @param {spotify.login5.v3.ChallengeSolution.$Properties} message ChallengeSolution message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ChallengeSolution.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.hashcash != null && $Object.hasOwnProperty.call(message, "hashcash"))
                        $root.spotify.login5.v3.HashcashSolution.encode(message.hashcash, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                        $root.spotify.login5.v3.CodeSolution.encode(message.code, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified ChallengeSolution message, length delimited. Does not implicitly {@link spotify.login5.v3.ChallengeSolution.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof spotify.login5.v3.ChallengeSolution
                 * @static
                 * @param {spotify.login5.v3.ChallengeSolution.$Properties} message ChallengeSolution message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ChallengeSolution.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a ChallengeSolution message from the specified reader or buffer.
                 * @function decode
                 * @memberof spotify.login5.v3.ChallengeSolution
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {spotify.login5.v3.ChallengeSolution & spotify.login5.v3.ChallengeSolution.$Shape} ChallengeSolution
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ChallengeSolution.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.spotify.login5.v3.ChallengeSolution();
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
                                message.hashcash = $root.spotify.login5.v3.HashcashSolution.decode(reader, reader.size(), $undefined, _depth + 1, message.hashcash);
                                message.solution = "hashcash";
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.code = $root.spotify.login5.v3.CodeSolution.decode(reader, reader.size(), $undefined, _depth + 1, message.code);
                                message.solution = "code";
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
                 * Decodes a ChallengeSolution message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof spotify.login5.v3.ChallengeSolution
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {spotify.login5.v3.ChallengeSolution & spotify.login5.v3.ChallengeSolution.$Shape} ChallengeSolution
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ChallengeSolution.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a ChallengeSolution message.
                 * @function verify
                 * @memberof spotify.login5.v3.ChallengeSolution
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ChallengeSolution.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.hashcash != null && $Object.hasOwnProperty.call(message, "hashcash")) {
                        properties.solution = 1;
                        {
                            let error = $root.spotify.login5.v3.HashcashSolution.verify(message.hashcash, _depth + 1);
                            if (error)
                                return "hashcash." + error;
                        }
                    }
                    if (message.code != null && $Object.hasOwnProperty.call(message, "code")) {
                        if (properties.solution === 1)
                            return "solution: multiple values";
                        properties.solution = 1;
                        {
                            let error = $root.spotify.login5.v3.CodeSolution.verify(message.code, _depth + 1);
                            if (error)
                                return "code." + error;
                        }
                    }
                    return null;
                };

                /**
                 * Creates a ChallengeSolution message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof spotify.login5.v3.ChallengeSolution
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {spotify.login5.v3.ChallengeSolution} ChallengeSolution
                 */
                ChallengeSolution.fromObject = function (object, _depth) {
                    if (object instanceof $root.spotify.login5.v3.ChallengeSolution)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".spotify.login5.v3.ChallengeSolution: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.spotify.login5.v3.ChallengeSolution();
                    if (object.hashcash != null) {
                        if (!$util.isObject(object.hashcash))
                            throw $TypeError(".spotify.login5.v3.ChallengeSolution.hashcash: object expected");
                        message.hashcash = $root.spotify.login5.v3.HashcashSolution.fromObject(object.hashcash, _depth + 1);
                    }
                    if (object.code != null) {
                        if (!$util.isObject(object.code))
                            throw $TypeError(".spotify.login5.v3.ChallengeSolution.code: object expected");
                        message.code = $root.spotify.login5.v3.CodeSolution.fromObject(object.code, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a ChallengeSolution message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof spotify.login5.v3.ChallengeSolution
                 * @static
                 * @param {spotify.login5.v3.ChallengeSolution} message ChallengeSolution
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ChallengeSolution.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (message.hashcash != null && $Object.hasOwnProperty.call(message, "hashcash")) {
                        object.hashcash = $root.spotify.login5.v3.HashcashSolution.toObject(message.hashcash, options, _depth + 1);
                        if (options.oneofs)
                            object.solution = "hashcash";
                    }
                    if (message.code != null && $Object.hasOwnProperty.call(message, "code")) {
                        object.code = $root.spotify.login5.v3.CodeSolution.toObject(message.code, options, _depth + 1);
                        if (options.oneofs)
                            object.solution = "code";
                    }
                    return object;
                };

                /**
                 * Converts this ChallengeSolution to JSON.
                 * @function toJSON
                 * @memberof spotify.login5.v3.ChallengeSolution
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ChallengeSolution.prototype.toJSON = function() {
                    return ChallengeSolution.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ChallengeSolution
                 * @function getTypeUrl
                 * @memberof spotify.login5.v3.ChallengeSolution
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ChallengeSolution.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/spotify.login5.v3.ChallengeSolution";
                };

                return ChallengeSolution;
            })();

            v3.ChallengeSolutions = (function() {

                /**
                 * Properties of a ChallengeSolutions.
                 * @typedef {Object} spotify.login5.v3.ChallengeSolutions.$Properties
                 * @property {Array.<spotify.login5.v3.ChallengeSolution.$Properties>|null} [solutions] ChallengeSolutions solutions
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ChallengeSolutions.
                 * @memberof spotify.login5.v3
                 * @interface IChallengeSolutions
                 * @augments spotify.login5.v3.ChallengeSolutions.$Properties
                 * @deprecated Use spotify.login5.v3.ChallengeSolutions.$Properties instead.
                 */

                /**
                 * Shape of a ChallengeSolutions.
                 * @typedef {{
                 *   solutions?: Array.<spotify.login5.v3.ChallengeSolution.$Shape>|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * }} spotify.login5.v3.ChallengeSolutions.$Shape
                 */

                /**
                 * Constructs a new ChallengeSolutions.
                 * @memberof spotify.login5.v3
                 * @classdesc Represents a ChallengeSolutions.
                 * @constructor
                 * @param {spotify.login5.v3.ChallengeSolutions.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ChallengeSolutions = function (properties) {
                    this.solutions = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ChallengeSolutions solutions.
                 * @member {Array.<spotify.login5.v3.ChallengeSolution.$Properties>} solutions
                 * @memberof spotify.login5.v3.ChallengeSolutions
                 * @instance
                 */
                ChallengeSolutions.prototype.solutions = $util.emptyArray;

                /**
                 * Creates a new ChallengeSolutions instance using the specified properties.
                 * @function create
                 * @memberof spotify.login5.v3.ChallengeSolutions
                 * @static
                 * @param {spotify.login5.v3.ChallengeSolutions.$Properties=} [properties] Properties to set
                 * @returns {spotify.login5.v3.ChallengeSolutions} ChallengeSolutions instance
                 * @type {{
                 *   (properties: spotify.login5.v3.ChallengeSolutions.$Shape): spotify.login5.v3.ChallengeSolutions & spotify.login5.v3.ChallengeSolutions.$Shape;
                 *   (properties?: spotify.login5.v3.ChallengeSolutions.$Properties): spotify.login5.v3.ChallengeSolutions;
                 * }}
                 */
                ChallengeSolutions.create = function(properties) {
                    return new ChallengeSolutions(properties);
                };

                /**
                 * Encodes the specified ChallengeSolutions message. Does not implicitly {@link spotify.login5.v3.ChallengeSolutions.verify|verify} messages.
                 * @function encode
                 * @memberof spotify.login5.v3.ChallengeSolutions
                 * @static
                 * @param {spotify.login5.v3.ChallengeSolutions.$Properties} message ChallengeSolutions message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ChallengeSolutions.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.solutions != null && message.solutions.length)
                        for (let i = 0; i < message.solutions.length; ++i)
                            $root.spotify.login5.v3.ChallengeSolution.encode(message.solutions[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified ChallengeSolutions message, length delimited. Does not implicitly {@link spotify.login5.v3.ChallengeSolutions.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof spotify.login5.v3.ChallengeSolutions
                 * @static
                 * @param {spotify.login5.v3.ChallengeSolutions.$Properties} message ChallengeSolutions message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ChallengeSolutions.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a ChallengeSolutions message from the specified reader or buffer.
                 * @function decode
                 * @memberof spotify.login5.v3.ChallengeSolutions
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {spotify.login5.v3.ChallengeSolutions & spotify.login5.v3.ChallengeSolutions.$Shape} ChallengeSolutions
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ChallengeSolutions.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.spotify.login5.v3.ChallengeSolutions();
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
                                if (!(message.solutions && message.solutions.length))
                                    message.solutions = [];
                                message.solutions.push($root.spotify.login5.v3.ChallengeSolution.decode(reader, reader.size(), $undefined, _depth + 1));
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
                 * Decodes a ChallengeSolutions message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof spotify.login5.v3.ChallengeSolutions
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {spotify.login5.v3.ChallengeSolutions & spotify.login5.v3.ChallengeSolutions.$Shape} ChallengeSolutions
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ChallengeSolutions.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a ChallengeSolutions message.
                 * @function verify
                 * @memberof spotify.login5.v3.ChallengeSolutions
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ChallengeSolutions.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.solutions != null && $Object.hasOwnProperty.call(message, "solutions")) {
                        if (!$Array.isArray(message.solutions))
                            return "solutions: array expected";
                        for (let i = 0; i < message.solutions.length; ++i) {
                            let error = $root.spotify.login5.v3.ChallengeSolution.verify(message.solutions[i], _depth + 1);
                            if (error)
                                return "solutions." + error;
                        }
                    }
                    return null;
                };

                /**
                 * Creates a ChallengeSolutions message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof spotify.login5.v3.ChallengeSolutions
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {spotify.login5.v3.ChallengeSolutions} ChallengeSolutions
                 */
                ChallengeSolutions.fromObject = function (object, _depth) {
                    if (object instanceof $root.spotify.login5.v3.ChallengeSolutions)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".spotify.login5.v3.ChallengeSolutions: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.spotify.login5.v3.ChallengeSolutions();
                    if (object.solutions) {
                        if (!$Array.isArray(object.solutions))
                            throw $TypeError(".spotify.login5.v3.ChallengeSolutions.solutions: array expected");
                        message.solutions = $Array(object.solutions.length);
                        for (let i = 0; i < object.solutions.length; ++i) {
                            if (!$util.isObject(object.solutions[i]))
                                throw $TypeError(".spotify.login5.v3.ChallengeSolutions.solutions: object expected");
                            message.solutions[i] = $root.spotify.login5.v3.ChallengeSolution.fromObject(object.solutions[i], _depth + 1);
                        }
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a ChallengeSolutions message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof spotify.login5.v3.ChallengeSolutions
                 * @static
                 * @param {spotify.login5.v3.ChallengeSolutions} message ChallengeSolutions
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ChallengeSolutions.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.solutions = [];
                    if (message.solutions && message.solutions.length) {
                        object.solutions = $Array(message.solutions.length);
                        for (let j = 0; j < message.solutions.length; ++j)
                            object.solutions[j] = $root.spotify.login5.v3.ChallengeSolution.toObject(message.solutions[j], options, _depth + 1);
                    }
                    return object;
                };

                /**
                 * Converts this ChallengeSolutions to JSON.
                 * @function toJSON
                 * @memberof spotify.login5.v3.ChallengeSolutions
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ChallengeSolutions.prototype.toJSON = function() {
                    return ChallengeSolutions.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ChallengeSolutions
                 * @function getTypeUrl
                 * @memberof spotify.login5.v3.ChallengeSolutions
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ChallengeSolutions.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/spotify.login5.v3.ChallengeSolutions";
                };

                return ChallengeSolutions;
            })();

            v3.LoginRequest = (function() {

                /**
                 * Properties of a LoginRequest.
                 * @typedef {Object} spotify.login5.v3.LoginRequest.$Properties
                 * @property {spotify.login5.v3.ClientInfo.$Properties|null} [clientInfo] LoginRequest clientInfo
                 * @property {Uint8Array|null} [loginContext] LoginRequest loginContext
                 * @property {spotify.login5.v3.ChallengeSolutions.$Properties|null} [challengeSolutions] LoginRequest challengeSolutions
                 * @property {spotify.login5.v3.StoredCredential.$Properties|null} [storedCredential] LoginRequest storedCredential
                 * @property {"storedCredential"} [loginMethod] LoginRequest loginMethod
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a LoginRequest.
                 * @memberof spotify.login5.v3
                 * @interface ILoginRequest
                 * @augments spotify.login5.v3.LoginRequest.$Properties
                 * @deprecated Use spotify.login5.v3.LoginRequest.$Properties instead.
                 */

                /**
                 * Narrowed shape of a LoginRequest.
                 * @typedef {{
                 *   clientInfo?: spotify.login5.v3.ClientInfo.$Shape|null;
                 *   loginContext?: Uint8Array|null;
                 *   challengeSolutions?: spotify.login5.v3.ChallengeSolutions.$Shape|null;
                 *   storedCredential?: spotify.login5.v3.StoredCredential.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * } & (
                 *   ({ loginMethod?: undefined; storedCredential?: null }|{ loginMethod?: "storedCredential"; storedCredential: spotify.login5.v3.StoredCredential.$Shape })
                 * )} spotify.login5.v3.LoginRequest.$Shape
                 */

                /**
                 * Constructs a new LoginRequest.
                 * @memberof spotify.login5.v3
                 * @classdesc Represents a LoginRequest.
                 * @constructor
                 * @param {spotify.login5.v3.LoginRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const LoginRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * LoginRequest clientInfo.
                 * @member {spotify.login5.v3.ClientInfo.$Properties|null|undefined} clientInfo
                 * @memberof spotify.login5.v3.LoginRequest
                 * @instance
                 */
                LoginRequest.prototype.clientInfo = null;

                /**
                 * LoginRequest loginContext.
                 * @member {Uint8Array} loginContext
                 * @memberof spotify.login5.v3.LoginRequest
                 * @instance
                 */
                LoginRequest.prototype.loginContext = $util.newBuffer([]);

                /**
                 * LoginRequest challengeSolutions.
                 * @member {spotify.login5.v3.ChallengeSolutions.$Properties|null|undefined} challengeSolutions
                 * @memberof spotify.login5.v3.LoginRequest
                 * @instance
                 */
                LoginRequest.prototype.challengeSolutions = null;

                /**
                 * LoginRequest storedCredential.
                 * @member {spotify.login5.v3.StoredCredential.$Properties|null|undefined} storedCredential
                 * @memberof spotify.login5.v3.LoginRequest
                 * @instance
                 */
                LoginRequest.prototype.storedCredential = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                /**
                 * LoginRequest loginMethod.
                 * @member {"storedCredential"|undefined} loginMethod
                 * @memberof spotify.login5.v3.LoginRequest
                 * @instance
                 */
                $Object.defineProperty(LoginRequest.prototype, "loginMethod", {
                    get: $util.oneOfGetter($oneOfFields = ["storedCredential"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new LoginRequest instance using the specified properties.
                 * @function create
                 * @memberof spotify.login5.v3.LoginRequest
                 * @static
                 * @param {spotify.login5.v3.LoginRequest.$Properties=} [properties] Properties to set
                 * @returns {spotify.login5.v3.LoginRequest} LoginRequest instance
                 * @type {{
                 *   (properties: spotify.login5.v3.LoginRequest.$Shape): spotify.login5.v3.LoginRequest & spotify.login5.v3.LoginRequest.$Shape;
                 *   (properties?: spotify.login5.v3.LoginRequest.$Properties): spotify.login5.v3.LoginRequest;
                 * }}
                 */
                LoginRequest.create = function(properties) {
                    return new LoginRequest(properties);
                };

                /**
                 * Encodes the specified LoginRequest message. Does not implicitly {@link spotify.login5.v3.LoginRequest.verify|verify} messages.
                 * @function encode
                 * @memberof spotify.login5.v3.LoginRequest
                 * @static
                 * @param {spotify.login5.v3.LoginRequest.$Properties} message LoginRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                LoginRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.clientInfo != null && $Object.hasOwnProperty.call(message, "clientInfo"))
                        $root.spotify.login5.v3.ClientInfo.encode(message.clientInfo, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.loginContext != null && $Object.hasOwnProperty.call(message, "loginContext") && message.loginContext.length)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.loginContext);
                    if (message.challengeSolutions != null && $Object.hasOwnProperty.call(message, "challengeSolutions"))
                        $root.spotify.login5.v3.ChallengeSolutions.encode(message.challengeSolutions, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.storedCredential != null && $Object.hasOwnProperty.call(message, "storedCredential"))
                        $root.spotify.login5.v3.StoredCredential.encode(message.storedCredential, writer.uint32(/* id 100, wireType 2 =*/802).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified LoginRequest message, length delimited. Does not implicitly {@link spotify.login5.v3.LoginRequest.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof spotify.login5.v3.LoginRequest
                 * @static
                 * @param {spotify.login5.v3.LoginRequest.$Properties} message LoginRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                LoginRequest.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a LoginRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof spotify.login5.v3.LoginRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {spotify.login5.v3.LoginRequest & spotify.login5.v3.LoginRequest.$Shape} LoginRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                LoginRequest.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.spotify.login5.v3.LoginRequest();
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
                                message.clientInfo = $root.spotify.login5.v3.ClientInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.clientInfo);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.loginContext = value;
                                else
                                    delete message.loginContext;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.challengeSolutions = $root.spotify.login5.v3.ChallengeSolutions.decode(reader, reader.size(), $undefined, _depth + 1, message.challengeSolutions);
                                continue;
                            }
                        case 100: {
                                if (wireType !== 2)
                                    break;
                                message.storedCredential = $root.spotify.login5.v3.StoredCredential.decode(reader, reader.size(), $undefined, _depth + 1, message.storedCredential);
                                message.loginMethod = "storedCredential";
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
                 * Decodes a LoginRequest message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof spotify.login5.v3.LoginRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {spotify.login5.v3.LoginRequest & spotify.login5.v3.LoginRequest.$Shape} LoginRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                LoginRequest.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a LoginRequest message.
                 * @function verify
                 * @memberof spotify.login5.v3.LoginRequest
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                LoginRequest.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.clientInfo != null && $Object.hasOwnProperty.call(message, "clientInfo")) {
                        let error = $root.spotify.login5.v3.ClientInfo.verify(message.clientInfo, _depth + 1);
                        if (error)
                            return "clientInfo." + error;
                    }
                    if (message.loginContext != null && $Object.hasOwnProperty.call(message, "loginContext"))
                        if (!(message.loginContext && typeof message.loginContext.length === "number" || $util.isString(message.loginContext)))
                            return "loginContext: buffer expected";
                    if (message.challengeSolutions != null && $Object.hasOwnProperty.call(message, "challengeSolutions")) {
                        let error = $root.spotify.login5.v3.ChallengeSolutions.verify(message.challengeSolutions, _depth + 1);
                        if (error)
                            return "challengeSolutions." + error;
                    }
                    if (message.storedCredential != null && $Object.hasOwnProperty.call(message, "storedCredential")) {
                        properties.loginMethod = 1;
                        {
                            let error = $root.spotify.login5.v3.StoredCredential.verify(message.storedCredential, _depth + 1);
                            if (error)
                                return "storedCredential." + error;
                        }
                    }
                    return null;
                };

                /**
                 * Creates a LoginRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof spotify.login5.v3.LoginRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {spotify.login5.v3.LoginRequest} LoginRequest
                 */
                LoginRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.spotify.login5.v3.LoginRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".spotify.login5.v3.LoginRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.spotify.login5.v3.LoginRequest();
                    if (object.clientInfo != null) {
                        if (!$util.isObject(object.clientInfo))
                            throw $TypeError(".spotify.login5.v3.LoginRequest.clientInfo: object expected");
                        message.clientInfo = $root.spotify.login5.v3.ClientInfo.fromObject(object.clientInfo, _depth + 1);
                    }
                    if (object.loginContext != null)
                        if (object.loginContext.length)
                            if (typeof object.loginContext === "string")
                                $util.base64.decode(object.loginContext, message.loginContext = $util.newBuffer($util.base64.length(object.loginContext)), 0);
                            else if (object.loginContext.length >= 0)
                                message.loginContext = object.loginContext;
                    if (object.challengeSolutions != null) {
                        if (!$util.isObject(object.challengeSolutions))
                            throw $TypeError(".spotify.login5.v3.LoginRequest.challengeSolutions: object expected");
                        message.challengeSolutions = $root.spotify.login5.v3.ChallengeSolutions.fromObject(object.challengeSolutions, _depth + 1);
                    }
                    if (object.storedCredential != null) {
                        if (!$util.isObject(object.storedCredential))
                            throw $TypeError(".spotify.login5.v3.LoginRequest.storedCredential: object expected");
                        message.storedCredential = $root.spotify.login5.v3.StoredCredential.fromObject(object.storedCredential, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a LoginRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof spotify.login5.v3.LoginRequest
                 * @static
                 * @param {spotify.login5.v3.LoginRequest} message LoginRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                LoginRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.clientInfo = null;
                        if (options.bytes === $String)
                            object.loginContext = "";
                        else {
                            object.loginContext = [];
                            if (options.bytes !== $Array)
                                object.loginContext = $util.newBuffer(object.loginContext);
                        }
                        object.challengeSolutions = null;
                    }
                    if (message.clientInfo != null && $Object.hasOwnProperty.call(message, "clientInfo"))
                        object.clientInfo = $root.spotify.login5.v3.ClientInfo.toObject(message.clientInfo, options, _depth + 1);
                    if (message.loginContext != null && $Object.hasOwnProperty.call(message, "loginContext"))
                        object.loginContext = options.bytes === $String ? $util.base64.encode(message.loginContext, 0, message.loginContext.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.loginContext) : message.loginContext;
                    if (message.challengeSolutions != null && $Object.hasOwnProperty.call(message, "challengeSolutions"))
                        object.challengeSolutions = $root.spotify.login5.v3.ChallengeSolutions.toObject(message.challengeSolutions, options, _depth + 1);
                    if (message.storedCredential != null && $Object.hasOwnProperty.call(message, "storedCredential")) {
                        object.storedCredential = $root.spotify.login5.v3.StoredCredential.toObject(message.storedCredential, options, _depth + 1);
                        if (options.oneofs)
                            object.loginMethod = "storedCredential";
                    }
                    return object;
                };

                /**
                 * Converts this LoginRequest to JSON.
                 * @function toJSON
                 * @memberof spotify.login5.v3.LoginRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                LoginRequest.prototype.toJSON = function() {
                    return LoginRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for LoginRequest
                 * @function getTypeUrl
                 * @memberof spotify.login5.v3.LoginRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                LoginRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/spotify.login5.v3.LoginRequest";
                };

                return LoginRequest;
            })();

            /**
             * LoginError enum.
             * @name spotify.login5.v3.LoginError
             * @enum {number}
             * @property {number} UNKNOWN_ERROR=0 UNKNOWN_ERROR value
             * @property {number} INVALID_CREDENTIALS=1 INVALID_CREDENTIALS value
             * @property {number} BAD_REQUEST=2 BAD_REQUEST value
             * @property {number} UNSUPPORTED_LOGIN_PROTOCOL=3 UNSUPPORTED_LOGIN_PROTOCOL value
             * @property {number} TIMEOUT=4 TIMEOUT value
             * @property {number} UNKNOWN_IDENTIFIER=5 UNKNOWN_IDENTIFIER value
             * @property {number} TOO_MANY_ATTEMPTS=6 TOO_MANY_ATTEMPTS value
             * @property {number} INVALID_PHONENUMBER=7 INVALID_PHONENUMBER value
             * @property {number} TRY_AGAIN_LATER=8 TRY_AGAIN_LATER value
             */
            v3.LoginError = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "UNKNOWN_ERROR"] = 0;
                values[valuesById[1] = "INVALID_CREDENTIALS"] = 1;
                values[valuesById[2] = "BAD_REQUEST"] = 2;
                values[valuesById[3] = "UNSUPPORTED_LOGIN_PROTOCOL"] = 3;
                values[valuesById[4] = "TIMEOUT"] = 4;
                values[valuesById[5] = "UNKNOWN_IDENTIFIER"] = 5;
                values[valuesById[6] = "TOO_MANY_ATTEMPTS"] = 6;
                values[valuesById[7] = "INVALID_PHONENUMBER"] = 7;
                values[valuesById[8] = "TRY_AGAIN_LATER"] = 8;
                return values;
            })();

            v3.LoginOk = (function() {

                /**
                 * Properties of a LoginOk.
                 * @typedef {Object} spotify.login5.v3.LoginOk.$Properties
                 * @property {string|null} [username] LoginOk username
                 * @property {string|null} [accessToken] LoginOk accessToken
                 * @property {Uint8Array|null} [storedCredential] LoginOk storedCredential
                 * @property {number|null} [accessTokenExpiresIn] LoginOk accessTokenExpiresIn
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a LoginOk.
                 * @memberof spotify.login5.v3
                 * @interface ILoginOk
                 * @augments spotify.login5.v3.LoginOk.$Properties
                 * @deprecated Use spotify.login5.v3.LoginOk.$Properties instead.
                 */

                /**
                 * Shape of a LoginOk.
                 * @typedef {spotify.login5.v3.LoginOk.$Properties} spotify.login5.v3.LoginOk.$Shape
                 */

                /**
                 * Constructs a new LoginOk.
                 * @memberof spotify.login5.v3
                 * @classdesc Represents a LoginOk.
                 * @constructor
                 * @param {spotify.login5.v3.LoginOk.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const LoginOk = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * LoginOk username.
                 * @member {string} username
                 * @memberof spotify.login5.v3.LoginOk
                 * @instance
                 */
                LoginOk.prototype.username = "";

                /**
                 * LoginOk accessToken.
                 * @member {string} accessToken
                 * @memberof spotify.login5.v3.LoginOk
                 * @instance
                 */
                LoginOk.prototype.accessToken = "";

                /**
                 * LoginOk storedCredential.
                 * @member {Uint8Array} storedCredential
                 * @memberof spotify.login5.v3.LoginOk
                 * @instance
                 */
                LoginOk.prototype.storedCredential = $util.newBuffer([]);

                /**
                 * LoginOk accessTokenExpiresIn.
                 * @member {number} accessTokenExpiresIn
                 * @memberof spotify.login5.v3.LoginOk
                 * @instance
                 */
                LoginOk.prototype.accessTokenExpiresIn = 0;

                /**
                 * Creates a new LoginOk instance using the specified properties.
                 * @function create
                 * @memberof spotify.login5.v3.LoginOk
                 * @static
                 * @param {spotify.login5.v3.LoginOk.$Properties=} [properties] Properties to set
                 * @returns {spotify.login5.v3.LoginOk} LoginOk instance
                 * @type {{
                 *   (properties: spotify.login5.v3.LoginOk.$Shape): spotify.login5.v3.LoginOk & spotify.login5.v3.LoginOk.$Shape;
                 *   (properties?: spotify.login5.v3.LoginOk.$Properties): spotify.login5.v3.LoginOk;
                 * }}
                 */
                LoginOk.create = function(properties) {
                    return new LoginOk(properties);
                };

                /**
                 * Encodes the specified LoginOk message. Does not implicitly {@link spotify.login5.v3.LoginOk.verify|verify} messages.
                 * @function encode
                 * @memberof spotify.login5.v3.LoginOk
                 * @static
                 * @param {spotify.login5.v3.LoginOk.$Properties} message LoginOk message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                LoginOk.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.username != null && $Object.hasOwnProperty.call(message, "username") && message.username !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.username);
                    if (message.accessToken != null && $Object.hasOwnProperty.call(message, "accessToken") && message.accessToken !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.accessToken);
                    if (message.storedCredential != null && $Object.hasOwnProperty.call(message, "storedCredential") && message.storedCredential.length)
                        writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.storedCredential);
                    if (message.accessTokenExpiresIn != null && $Object.hasOwnProperty.call(message, "accessTokenExpiresIn") && message.accessTokenExpiresIn !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).int32(message.accessTokenExpiresIn);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified LoginOk message, length delimited. Does not implicitly {@link spotify.login5.v3.LoginOk.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof spotify.login5.v3.LoginOk
                 * @static
                 * @param {spotify.login5.v3.LoginOk.$Properties} message LoginOk message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                LoginOk.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a LoginOk message from the specified reader or buffer.
                 * @function decode
                 * @memberof spotify.login5.v3.LoginOk
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {spotify.login5.v3.LoginOk & spotify.login5.v3.LoginOk.$Shape} LoginOk
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                LoginOk.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.spotify.login5.v3.LoginOk();
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
                                    message.username = value;
                                else
                                    delete message.username;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.accessToken = value;
                                else
                                    delete message.accessToken;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.storedCredential = value;
                                else
                                    delete message.storedCredential;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.accessTokenExpiresIn = value;
                                else
                                    delete message.accessTokenExpiresIn;
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
                 * Decodes a LoginOk message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof spotify.login5.v3.LoginOk
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {spotify.login5.v3.LoginOk & spotify.login5.v3.LoginOk.$Shape} LoginOk
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                LoginOk.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a LoginOk message.
                 * @function verify
                 * @memberof spotify.login5.v3.LoginOk
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                LoginOk.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.username != null && $Object.hasOwnProperty.call(message, "username"))
                        if (!$util.isString(message.username))
                            return "username: string expected";
                    if (message.accessToken != null && $Object.hasOwnProperty.call(message, "accessToken"))
                        if (!$util.isString(message.accessToken))
                            return "accessToken: string expected";
                    if (message.storedCredential != null && $Object.hasOwnProperty.call(message, "storedCredential"))
                        if (!(message.storedCredential && typeof message.storedCredential.length === "number" || $util.isString(message.storedCredential)))
                            return "storedCredential: buffer expected";
                    if (message.accessTokenExpiresIn != null && $Object.hasOwnProperty.call(message, "accessTokenExpiresIn"))
                        if (!$util.isInteger(message.accessTokenExpiresIn))
                            return "accessTokenExpiresIn: integer expected";
                    return null;
                };

                /**
                 * Creates a LoginOk message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof spotify.login5.v3.LoginOk
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {spotify.login5.v3.LoginOk} LoginOk
                 */
                LoginOk.fromObject = function (object, _depth) {
                    if (object instanceof $root.spotify.login5.v3.LoginOk)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".spotify.login5.v3.LoginOk: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.spotify.login5.v3.LoginOk();
                    if (object.username != null)
                        if (typeof object.username !== "string" || object.username.length)
                            message.username = $String(object.username);
                    if (object.accessToken != null)
                        if (typeof object.accessToken !== "string" || object.accessToken.length)
                            message.accessToken = $String(object.accessToken);
                    if (object.storedCredential != null)
                        if (object.storedCredential.length)
                            if (typeof object.storedCredential === "string")
                                $util.base64.decode(object.storedCredential, message.storedCredential = $util.newBuffer($util.base64.length(object.storedCredential)), 0);
                            else if (object.storedCredential.length >= 0)
                                message.storedCredential = object.storedCredential;
                    if (object.accessTokenExpiresIn != null)
                        if ($Number(object.accessTokenExpiresIn) !== 0)
                            message.accessTokenExpiresIn = object.accessTokenExpiresIn | 0;
                    return message;
                };

                /**
                 * Creates a plain object from a LoginOk message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof spotify.login5.v3.LoginOk
                 * @static
                 * @param {spotify.login5.v3.LoginOk} message LoginOk
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                LoginOk.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.username = "";
                        object.accessToken = "";
                        if (options.bytes === $String)
                            object.storedCredential = "";
                        else {
                            object.storedCredential = [];
                            if (options.bytes !== $Array)
                                object.storedCredential = $util.newBuffer(object.storedCredential);
                        }
                        object.accessTokenExpiresIn = 0;
                    }
                    if (message.username != null && $Object.hasOwnProperty.call(message, "username"))
                        object.username = message.username;
                    if (message.accessToken != null && $Object.hasOwnProperty.call(message, "accessToken"))
                        object.accessToken = message.accessToken;
                    if (message.storedCredential != null && $Object.hasOwnProperty.call(message, "storedCredential"))
                        object.storedCredential = options.bytes === $String ? $util.base64.encode(message.storedCredential, 0, message.storedCredential.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.storedCredential) : message.storedCredential;
                    if (message.accessTokenExpiresIn != null && $Object.hasOwnProperty.call(message, "accessTokenExpiresIn"))
                        object.accessTokenExpiresIn = message.accessTokenExpiresIn;
                    return object;
                };

                /**
                 * Converts this LoginOk to JSON.
                 * @function toJSON
                 * @memberof spotify.login5.v3.LoginOk
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                LoginOk.prototype.toJSON = function() {
                    return LoginOk.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for LoginOk
                 * @function getTypeUrl
                 * @memberof spotify.login5.v3.LoginOk
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                LoginOk.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/spotify.login5.v3.LoginOk";
                };

                return LoginOk;
            })();

            v3.LoginResponse = (function() {

                /**
                 * Properties of a LoginResponse.
                 * @typedef {Object} spotify.login5.v3.LoginResponse.$Properties
                 * @property {spotify.login5.v3.LoginOk.$Properties|null} [ok] LoginResponse ok
                 * @property {spotify.login5.v3.LoginError|null} [error] LoginResponse error
                 * @property {spotify.login5.v3.Challenges.$Properties|null} [challenges] LoginResponse challenges
                 * @property {Uint8Array|null} [loginContext] LoginResponse loginContext
                 * @property {string|null} [identifierToken] LoginResponse identifierToken
                 * @property {"ok"|"error"|"challenges"} [response] LoginResponse response
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a LoginResponse.
                 * @memberof spotify.login5.v3
                 * @interface ILoginResponse
                 * @augments spotify.login5.v3.LoginResponse.$Properties
                 * @deprecated Use spotify.login5.v3.LoginResponse.$Properties instead.
                 */

                /**
                 * Narrowed shape of a LoginResponse.
                 * @typedef {{
                 *   ok?: spotify.login5.v3.LoginOk.$Shape|null;
                 *   error?: spotify.login5.v3.LoginError|null;
                 *   challenges?: spotify.login5.v3.Challenges.$Shape|null;
                 *   loginContext?: Uint8Array|null;
                 *   identifierToken?: string|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * } & (
                 *   ({ response?: undefined; ok?: null; error?: null; challenges?: null }|{ response?: "ok"; ok: spotify.login5.v3.LoginOk.$Shape; error?: null; challenges?: null }|{ response?: "error"; ok?: null; error: spotify.login5.v3.LoginError; challenges?: null }|{ response?: "challenges"; ok?: null; error?: null; challenges: spotify.login5.v3.Challenges.$Shape })
                 * )} spotify.login5.v3.LoginResponse.$Shape
                 */

                /**
                 * Constructs a new LoginResponse.
                 * @memberof spotify.login5.v3
                 * @classdesc Represents a LoginResponse.
                 * @constructor
                 * @param {spotify.login5.v3.LoginResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const LoginResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * LoginResponse ok.
                 * @member {spotify.login5.v3.LoginOk.$Properties|null|undefined} ok
                 * @memberof spotify.login5.v3.LoginResponse
                 * @instance
                 */
                LoginResponse.prototype.ok = null;

                /**
                 * LoginResponse error.
                 * @member {spotify.login5.v3.LoginError|null|undefined} error
                 * @memberof spotify.login5.v3.LoginResponse
                 * @instance
                 */
                LoginResponse.prototype.error = null;

                /**
                 * LoginResponse challenges.
                 * @member {spotify.login5.v3.Challenges.$Properties|null|undefined} challenges
                 * @memberof spotify.login5.v3.LoginResponse
                 * @instance
                 */
                LoginResponse.prototype.challenges = null;

                /**
                 * LoginResponse loginContext.
                 * @member {Uint8Array} loginContext
                 * @memberof spotify.login5.v3.LoginResponse
                 * @instance
                 */
                LoginResponse.prototype.loginContext = $util.newBuffer([]);

                /**
                 * LoginResponse identifierToken.
                 * @member {string} identifierToken
                 * @memberof spotify.login5.v3.LoginResponse
                 * @instance
                 */
                LoginResponse.prototype.identifierToken = "";

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                /**
                 * LoginResponse response.
                 * @member {"ok"|"error"|"challenges"|undefined} response
                 * @memberof spotify.login5.v3.LoginResponse
                 * @instance
                 */
                $Object.defineProperty(LoginResponse.prototype, "response", {
                    get: $util.oneOfGetter($oneOfFields = ["ok", "error", "challenges"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new LoginResponse instance using the specified properties.
                 * @function create
                 * @memberof spotify.login5.v3.LoginResponse
                 * @static
                 * @param {spotify.login5.v3.LoginResponse.$Properties=} [properties] Properties to set
                 * @returns {spotify.login5.v3.LoginResponse} LoginResponse instance
                 * @type {{
                 *   (properties: spotify.login5.v3.LoginResponse.$Shape): spotify.login5.v3.LoginResponse & spotify.login5.v3.LoginResponse.$Shape;
                 *   (properties?: spotify.login5.v3.LoginResponse.$Properties): spotify.login5.v3.LoginResponse;
                 * }}
                 */
                LoginResponse.create = function(properties) {
                    return new LoginResponse(properties);
                };

                /**
                 * Encodes the specified LoginResponse message. Does not implicitly {@link spotify.login5.v3.LoginResponse.verify|verify} messages.
                 * @function encode
                 * @memberof spotify.login5.v3.LoginResponse
                 * @static
                 * @param {spotify.login5.v3.LoginResponse.$Properties} message LoginResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                LoginResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.ok != null && $Object.hasOwnProperty.call(message, "ok"))
                        $root.spotify.login5.v3.LoginOk.encode(message.ok, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                        writer.uint32(/* id 2, wireType 0 =*/16).int32(message.error);
                    if (message.challenges != null && $Object.hasOwnProperty.call(message, "challenges"))
                        $root.spotify.login5.v3.Challenges.encode(message.challenges, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.loginContext != null && $Object.hasOwnProperty.call(message, "loginContext") && message.loginContext.length)
                        writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.loginContext);
                    if (message.identifierToken != null && $Object.hasOwnProperty.call(message, "identifierToken") && message.identifierToken !== "")
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.identifierToken);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified LoginResponse message, length delimited. Does not implicitly {@link spotify.login5.v3.LoginResponse.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof spotify.login5.v3.LoginResponse
                 * @static
                 * @param {spotify.login5.v3.LoginResponse.$Properties} message LoginResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                LoginResponse.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a LoginResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof spotify.login5.v3.LoginResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {spotify.login5.v3.LoginResponse & spotify.login5.v3.LoginResponse.$Shape} LoginResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                LoginResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.spotify.login5.v3.LoginResponse();
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
                                message.ok = $root.spotify.login5.v3.LoginOk.decode(reader, reader.size(), $undefined, _depth + 1, message.ok);
                                message.response = "ok";
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                message.error = reader.int32();
                                message.response = "error";
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.challenges = $root.spotify.login5.v3.Challenges.decode(reader, reader.size(), $undefined, _depth + 1, message.challenges);
                                message.response = "challenges";
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.loginContext = value;
                                else
                                    delete message.loginContext;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.identifierToken = value;
                                else
                                    delete message.identifierToken;
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
                 * Decodes a LoginResponse message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof spotify.login5.v3.LoginResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {spotify.login5.v3.LoginResponse & spotify.login5.v3.LoginResponse.$Shape} LoginResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                LoginResponse.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a LoginResponse message.
                 * @function verify
                 * @memberof spotify.login5.v3.LoginResponse
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                LoginResponse.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.ok != null && $Object.hasOwnProperty.call(message, "ok")) {
                        properties.response = 1;
                        {
                            let error = $root.spotify.login5.v3.LoginOk.verify(message.ok, _depth + 1);
                            if (error)
                                return "ok." + error;
                        }
                    }
                    if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                        if (properties.response === 1)
                            return "response: multiple values";
                        properties.response = 1;
                        if (typeof message.error !== "number" || (message.error | 0) !== message.error)
                            return "error: enum value expected";
                    }
                    if (message.challenges != null && $Object.hasOwnProperty.call(message, "challenges")) {
                        if (properties.response === 1)
                            return "response: multiple values";
                        properties.response = 1;
                        {
                            let error = $root.spotify.login5.v3.Challenges.verify(message.challenges, _depth + 1);
                            if (error)
                                return "challenges." + error;
                        }
                    }
                    if (message.loginContext != null && $Object.hasOwnProperty.call(message, "loginContext"))
                        if (!(message.loginContext && typeof message.loginContext.length === "number" || $util.isString(message.loginContext)))
                            return "loginContext: buffer expected";
                    if (message.identifierToken != null && $Object.hasOwnProperty.call(message, "identifierToken"))
                        if (!$util.isString(message.identifierToken))
                            return "identifierToken: string expected";
                    return null;
                };

                /**
                 * Creates a LoginResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof spotify.login5.v3.LoginResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {spotify.login5.v3.LoginResponse} LoginResponse
                 */
                LoginResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.spotify.login5.v3.LoginResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".spotify.login5.v3.LoginResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.spotify.login5.v3.LoginResponse();
                    if (object.ok != null) {
                        if (!$util.isObject(object.ok))
                            throw $TypeError(".spotify.login5.v3.LoginResponse.ok: object expected");
                        message.ok = $root.spotify.login5.v3.LoginOk.fromObject(object.ok, _depth + 1);
                    }
                    switch (object.error) {
                    case "UNKNOWN_ERROR":
                    case 0:
                        message.error = 0;
                        break;
                    case "INVALID_CREDENTIALS":
                    case 1:
                        message.error = 1;
                        break;
                    case "BAD_REQUEST":
                    case 2:
                        message.error = 2;
                        break;
                    case "UNSUPPORTED_LOGIN_PROTOCOL":
                    case 3:
                        message.error = 3;
                        break;
                    case "TIMEOUT":
                    case 4:
                        message.error = 4;
                        break;
                    case "UNKNOWN_IDENTIFIER":
                    case 5:
                        message.error = 5;
                        break;
                    case "TOO_MANY_ATTEMPTS":
                    case 6:
                        message.error = 6;
                        break;
                    case "INVALID_PHONENUMBER":
                    case 7:
                        message.error = 7;
                        break;
                    case "TRY_AGAIN_LATER":
                    case 8:
                        message.error = 8;
                        break;
                    default:
                        if (typeof object.error === "number" && (object.error | 0) === object.error)
                            message.error = object.error;
                    }
                    if (object.challenges != null) {
                        if (!$util.isObject(object.challenges))
                            throw $TypeError(".spotify.login5.v3.LoginResponse.challenges: object expected");
                        message.challenges = $root.spotify.login5.v3.Challenges.fromObject(object.challenges, _depth + 1);
                    }
                    if (object.loginContext != null)
                        if (object.loginContext.length)
                            if (typeof object.loginContext === "string")
                                $util.base64.decode(object.loginContext, message.loginContext = $util.newBuffer($util.base64.length(object.loginContext)), 0);
                            else if (object.loginContext.length >= 0)
                                message.loginContext = object.loginContext;
                    if (object.identifierToken != null)
                        if (typeof object.identifierToken !== "string" || object.identifierToken.length)
                            message.identifierToken = $String(object.identifierToken);
                    return message;
                };

                /**
                 * Creates a plain object from a LoginResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof spotify.login5.v3.LoginResponse
                 * @static
                 * @param {spotify.login5.v3.LoginResponse} message LoginResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                LoginResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        if (options.bytes === $String)
                            object.loginContext = "";
                        else {
                            object.loginContext = [];
                            if (options.bytes !== $Array)
                                object.loginContext = $util.newBuffer(object.loginContext);
                        }
                        object.identifierToken = "";
                    }
                    if (message.ok != null && $Object.hasOwnProperty.call(message, "ok")) {
                        object.ok = $root.spotify.login5.v3.LoginOk.toObject(message.ok, options, _depth + 1);
                        if (options.oneofs)
                            object.response = "ok";
                    }
                    if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                        object.error = options.enums === $String ? $root.spotify.login5.v3.LoginError[message.error] === $undefined ? message.error : $root.spotify.login5.v3.LoginError[message.error] : message.error;
                        if (options.oneofs)
                            object.response = "error";
                    }
                    if (message.challenges != null && $Object.hasOwnProperty.call(message, "challenges")) {
                        object.challenges = $root.spotify.login5.v3.Challenges.toObject(message.challenges, options, _depth + 1);
                        if (options.oneofs)
                            object.response = "challenges";
                    }
                    if (message.loginContext != null && $Object.hasOwnProperty.call(message, "loginContext"))
                        object.loginContext = options.bytes === $String ? $util.base64.encode(message.loginContext, 0, message.loginContext.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.loginContext) : message.loginContext;
                    if (message.identifierToken != null && $Object.hasOwnProperty.call(message, "identifierToken"))
                        object.identifierToken = message.identifierToken;
                    return object;
                };

                /**
                 * Converts this LoginResponse to JSON.
                 * @function toJSON
                 * @memberof spotify.login5.v3.LoginResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                LoginResponse.prototype.toJSON = function() {
                    return LoginResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for LoginResponse
                 * @function getTypeUrl
                 * @memberof spotify.login5.v3.LoginResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                LoginResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/spotify.login5.v3.LoginResponse";
                };

                return LoginResponse;
            })();

            return v3;
        })();

        return login5;
    })();

    return spotify;
})();

export {
  $root as default
};
