/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $Array = $util.global.Array, $TypeError = $util.global.TypeError, $String = $util.global.String;

// Exported root namespace
const $root = $protobuf.roots["spotlet_download"] || ($protobuf.roots["spotlet_download"] = {});

export const spotify = $root.spotify = (() => {

    /**
     * Namespace spotify.
     * @exports spotify
     * @namespace
     */
    const spotify = {};

    spotify.download = (function() {

        /**
         * Namespace download.
         * @memberof spotify
         * @namespace
         */
        const download = {};

        download.proto = (function() {

            /**
             * Namespace proto.
             * @memberof spotify.download
             * @namespace
             */
            const proto = {};

            proto.StorageResolveResponse = (function() {

                /**
                 * Properties of a StorageResolveResponse.
                 * @typedef {Object} spotify.download.proto.StorageResolveResponse.$Properties
                 * @property {spotify.download.proto.StorageResolveResponse.Result|null} [result] StorageResolveResponse result
                 * @property {Array.<string>|null} [cdnurl] StorageResolveResponse cdnurl
                 * @property {Uint8Array|null} [fileid] StorageResolveResponse fileid
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a StorageResolveResponse.
                 * @memberof spotify.download.proto
                 * @interface IStorageResolveResponse
                 * @augments spotify.download.proto.StorageResolveResponse.$Properties
                 * @deprecated Use spotify.download.proto.StorageResolveResponse.$Properties instead.
                 */

                /**
                 * Shape of a StorageResolveResponse.
                 * @typedef {spotify.download.proto.StorageResolveResponse.$Properties} spotify.download.proto.StorageResolveResponse.$Shape
                 */

                /**
                 * Constructs a new StorageResolveResponse.
                 * @memberof spotify.download.proto
                 * @classdesc Represents a StorageResolveResponse.
                 * @constructor
                 * @param {spotify.download.proto.StorageResolveResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const StorageResolveResponse = function (properties) {
                    this.cdnurl = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * StorageResolveResponse result.
                 * @member {spotify.download.proto.StorageResolveResponse.Result} result
                 * @memberof spotify.download.proto.StorageResolveResponse
                 * @instance
                 */
                StorageResolveResponse.prototype.result = 0;

                /**
                 * StorageResolveResponse cdnurl.
                 * @member {Array.<string>} cdnurl
                 * @memberof spotify.download.proto.StorageResolveResponse
                 * @instance
                 */
                StorageResolveResponse.prototype.cdnurl = $util.emptyArray;

                /**
                 * StorageResolveResponse fileid.
                 * @member {Uint8Array} fileid
                 * @memberof spotify.download.proto.StorageResolveResponse
                 * @instance
                 */
                StorageResolveResponse.prototype.fileid = $util.newBuffer([]);

                /**
                 * Creates a new StorageResolveResponse instance using the specified properties.
                 * @function create
                 * @memberof spotify.download.proto.StorageResolveResponse
                 * @static
                 * @param {spotify.download.proto.StorageResolveResponse.$Properties=} [properties] Properties to set
                 * @returns {spotify.download.proto.StorageResolveResponse} StorageResolveResponse instance
                 * @type {{
                 *   (properties: spotify.download.proto.StorageResolveResponse.$Shape): spotify.download.proto.StorageResolveResponse & spotify.download.proto.StorageResolveResponse.$Shape;
                 *   (properties?: spotify.download.proto.StorageResolveResponse.$Properties): spotify.download.proto.StorageResolveResponse;
                 * }}
                 */
                StorageResolveResponse.create = function(properties) {
                    return new StorageResolveResponse(properties);
                };

                /**
                 * Encodes the specified StorageResolveResponse message. Does not implicitly {@link spotify.download.proto.StorageResolveResponse.verify|verify} messages.
                 * @function encode
                 * @memberof spotify.download.proto.StorageResolveResponse
                 * @static
                 * @param {spotify.download.proto.StorageResolveResponse.$Properties} message StorageResolveResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StorageResolveResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.result != null && $Object.hasOwnProperty.call(message, "result") && message.result !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.result);
                    if (message.cdnurl != null && message.cdnurl.length)
                        for (let i = 0; i < message.cdnurl.length; ++i)
                            writer.uint32(/* id 2, wireType 2 =*/18).string(message.cdnurl[i]);
                    if (message.fileid != null && $Object.hasOwnProperty.call(message, "fileid") && message.fileid.length)
                        writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.fileid);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified StorageResolveResponse message, length delimited. Does not implicitly {@link spotify.download.proto.StorageResolveResponse.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof spotify.download.proto.StorageResolveResponse
                 * @static
                 * @param {spotify.download.proto.StorageResolveResponse.$Properties} message StorageResolveResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StorageResolveResponse.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a StorageResolveResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof spotify.download.proto.StorageResolveResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {spotify.download.proto.StorageResolveResponse & spotify.download.proto.StorageResolveResponse.$Shape} StorageResolveResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StorageResolveResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.spotify.download.proto.StorageResolveResponse();
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
                                    message.result = value;
                                else
                                    delete message.result;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.cdnurl && message.cdnurl.length))
                                    message.cdnurl = [];
                                message.cdnurl.push(reader.stringVerify());
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.fileid = value;
                                else
                                    delete message.fileid;
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
                 * Decodes a StorageResolveResponse message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof spotify.download.proto.StorageResolveResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {spotify.download.proto.StorageResolveResponse & spotify.download.proto.StorageResolveResponse.$Shape} StorageResolveResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StorageResolveResponse.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a StorageResolveResponse message.
                 * @function verify
                 * @memberof spotify.download.proto.StorageResolveResponse
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                StorageResolveResponse.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.result != null && $Object.hasOwnProperty.call(message, "result"))
                        if (typeof message.result !== "number" || (message.result | 0) !== message.result)
                            return "result: enum value expected";
                    if (message.cdnurl != null && $Object.hasOwnProperty.call(message, "cdnurl")) {
                        if (!$Array.isArray(message.cdnurl))
                            return "cdnurl: array expected";
                        for (let i = 0; i < message.cdnurl.length; ++i)
                            if (!$util.isString(message.cdnurl[i]))
                                return "cdnurl: string[] expected";
                    }
                    if (message.fileid != null && $Object.hasOwnProperty.call(message, "fileid"))
                        if (!(message.fileid && typeof message.fileid.length === "number" || $util.isString(message.fileid)))
                            return "fileid: buffer expected";
                    return null;
                };

                /**
                 * Creates a StorageResolveResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof spotify.download.proto.StorageResolveResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {spotify.download.proto.StorageResolveResponse} StorageResolveResponse
                 */
                StorageResolveResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.spotify.download.proto.StorageResolveResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".spotify.download.proto.StorageResolveResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.spotify.download.proto.StorageResolveResponse();
                    if (object.result !== 0 && (typeof object.result !== "string" || $root.spotify.download.proto.StorageResolveResponse.Result[object.result] !== 0))
                        switch (object.result) {
                        case "CDN":
                        case 0:
                            message.result = 0;
                            break;
                        case "STORAGE":
                        case 1:
                            message.result = 1;
                            break;
                        case "RESTRICTED":
                        case 3:
                            message.result = 3;
                            break;
                        default:
                            if (typeof object.result === "number" && (object.result | 0) === object.result)
                                message.result = object.result;
                        }
                    if (object.cdnurl) {
                        if (!$Array.isArray(object.cdnurl))
                            throw $TypeError(".spotify.download.proto.StorageResolveResponse.cdnurl: array expected");
                        message.cdnurl = $Array(object.cdnurl.length);
                        for (let i = 0; i < object.cdnurl.length; ++i)
                            message.cdnurl[i] = $String(object.cdnurl[i]);
                    }
                    if (object.fileid != null)
                        if (object.fileid.length)
                            if (typeof object.fileid === "string")
                                $util.base64.decode(object.fileid, message.fileid = $util.newBuffer($util.base64.length(object.fileid)), 0);
                            else if (object.fileid.length >= 0)
                                message.fileid = object.fileid;
                    return message;
                };

                /**
                 * Creates a plain object from a StorageResolveResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof spotify.download.proto.StorageResolveResponse
                 * @static
                 * @param {spotify.download.proto.StorageResolveResponse} message StorageResolveResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                StorageResolveResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.cdnurl = [];
                    if (options.defaults) {
                        object.result = options.enums === $String ? "CDN" : 0;
                        if (options.bytes === $String)
                            object.fileid = "";
                        else {
                            object.fileid = [];
                            if (options.bytes !== $Array)
                                object.fileid = $util.newBuffer(object.fileid);
                        }
                    }
                    if (message.result != null && $Object.hasOwnProperty.call(message, "result"))
                        object.result = options.enums === $String ? $root.spotify.download.proto.StorageResolveResponse.Result[message.result] === $undefined ? message.result : $root.spotify.download.proto.StorageResolveResponse.Result[message.result] : message.result;
                    if (message.cdnurl && message.cdnurl.length) {
                        object.cdnurl = $Array(message.cdnurl.length);
                        for (let j = 0; j < message.cdnurl.length; ++j)
                            object.cdnurl[j] = message.cdnurl[j];
                    }
                    if (message.fileid != null && $Object.hasOwnProperty.call(message, "fileid"))
                        object.fileid = options.bytes === $String ? $util.base64.encode(message.fileid, 0, message.fileid.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.fileid) : message.fileid;
                    return object;
                };

                /**
                 * Converts this StorageResolveResponse to JSON.
                 * @function toJSON
                 * @memberof spotify.download.proto.StorageResolveResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                StorageResolveResponse.prototype.toJSON = function() {
                    return StorageResolveResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for StorageResolveResponse
                 * @function getTypeUrl
                 * @memberof spotify.download.proto.StorageResolveResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                StorageResolveResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/spotify.download.proto.StorageResolveResponse";
                };

                /**
                 * Result enum.
                 * @name spotify.download.proto.StorageResolveResponse.Result
                 * @enum {number}
                 * @property {number} CDN=0 CDN value
                 * @property {number} STORAGE=1 STORAGE value
                 * @property {number} RESTRICTED=3 RESTRICTED value
                 */
                StorageResolveResponse.Result = (function() {
                    const valuesById = $Object.create(null), values = $Object.create(valuesById);
                    values[valuesById[0] = "CDN"] = 0;
                    values[valuesById[1] = "STORAGE"] = 1;
                    values[valuesById[3] = "RESTRICTED"] = 3;
                    return values;
                })();

                return StorageResolveResponse;
            })();

            return proto;
        })();

        return download;
    })();

    return spotify;
})();

export {
  $root as default
};
