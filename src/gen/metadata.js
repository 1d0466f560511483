/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Array = $util.global.Array, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $isFinite = $util.global.isFinite, $Boolean = $util.global.Boolean;

// Exported root namespace
const $root = $protobuf.roots["spotlet_metadata"] || ($protobuf.roots["spotlet_metadata"] = {});

export const spotify = $root.spotify = (() => {

    /**
     * Namespace spotify.
     * @exports spotify
     * @namespace
     */
    const spotify = {};

    spotify.extendedmetadata = (function() {

        /**
         * Namespace extendedmetadata.
         * @memberof spotify
         * @namespace
         */
        const extendedmetadata = {};

        /**
         * ExtensionKind enum.
         * @name spotify.extendedmetadata.ExtensionKind
         * @enum {number}
         * @property {number} UNKNOWN_EXTENSION=0 UNKNOWN_EXTENSION value
         * @property {number} AUDIO_FILES=5 AUDIO_FILES value
         * @property {number} TRACK_V4=10 TRACK_V4 value
         * @property {number} EPISODE_V4=12 EPISODE_V4 value
         */
        extendedmetadata.ExtensionKind = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "UNKNOWN_EXTENSION"] = 0;
            values[valuesById[5] = "AUDIO_FILES"] = 5;
            values[valuesById[10] = "TRACK_V4"] = 10;
            values[valuesById[12] = "EPISODE_V4"] = 12;
            return values;
        })();

        extendedmetadata.ExtensionQuery = (function() {

            /**
             * Properties of an ExtensionQuery.
             * @typedef {Object} spotify.extendedmetadata.ExtensionQuery.$Properties
             * @property {spotify.extendedmetadata.ExtensionKind|null} [extensionKind] ExtensionQuery extensionKind
             * @property {string|null} [etag] ExtensionQuery etag
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ExtensionQuery.
             * @memberof spotify.extendedmetadata
             * @interface IExtensionQuery
             * @augments spotify.extendedmetadata.ExtensionQuery.$Properties
             * @deprecated Use spotify.extendedmetadata.ExtensionQuery.$Properties instead.
             */

            /**
             * Shape of an ExtensionQuery.
             * @typedef {spotify.extendedmetadata.ExtensionQuery.$Properties} spotify.extendedmetadata.ExtensionQuery.$Shape
             */

            /**
             * Constructs a new ExtensionQuery.
             * @memberof spotify.extendedmetadata
             * @classdesc Represents an ExtensionQuery.
             * @constructor
             * @param {spotify.extendedmetadata.ExtensionQuery.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ExtensionQuery = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ExtensionQuery extensionKind.
             * @member {spotify.extendedmetadata.ExtensionKind} extensionKind
             * @memberof spotify.extendedmetadata.ExtensionQuery
             * @instance
             */
            ExtensionQuery.prototype.extensionKind = 0;

            /**
             * ExtensionQuery etag.
             * @member {string} etag
             * @memberof spotify.extendedmetadata.ExtensionQuery
             * @instance
             */
            ExtensionQuery.prototype.etag = "";

            /**
             * Creates a new ExtensionQuery instance using the specified properties.
             * @function create
             * @memberof spotify.extendedmetadata.ExtensionQuery
             * @static
             * @param {spotify.extendedmetadata.ExtensionQuery.$Properties=} [properties] Properties to set
             * @returns {spotify.extendedmetadata.ExtensionQuery} ExtensionQuery instance
             * @type {{
             *   (properties: spotify.extendedmetadata.ExtensionQuery.$Shape): spotify.extendedmetadata.ExtensionQuery & spotify.extendedmetadata.ExtensionQuery.$Shape;
             *   (properties?: spotify.extendedmetadata.ExtensionQuery.$Properties): spotify.extendedmetadata.ExtensionQuery;
             * }}
             */
            ExtensionQuery.create = function(properties) {
                return new ExtensionQuery(properties);
            };

            /**
             * Encodes the specified ExtensionQuery message. Does not implicitly {@link spotify.extendedmetadata.ExtensionQuery.verify|verify} messages.
             * @function encode
             * @memberof spotify.extendedmetadata.ExtensionQuery
             * @static
             * @param {spotify.extendedmetadata.ExtensionQuery.$Properties} message ExtensionQuery message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ExtensionQuery.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.extensionKind != null && $Object.hasOwnProperty.call(message, "extensionKind") && message.extensionKind !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.extensionKind);
                if (message.etag != null && $Object.hasOwnProperty.call(message, "etag") && message.etag !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.etag);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ExtensionQuery message, length delimited. Does not implicitly {@link spotify.extendedmetadata.ExtensionQuery.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.extendedmetadata.ExtensionQuery
             * @static
             * @param {spotify.extendedmetadata.ExtensionQuery.$Properties} message ExtensionQuery message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ExtensionQuery.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an ExtensionQuery message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.extendedmetadata.ExtensionQuery
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.extendedmetadata.ExtensionQuery & spotify.extendedmetadata.ExtensionQuery.$Shape} ExtensionQuery
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ExtensionQuery.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.spotify.extendedmetadata.ExtensionQuery();
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
                                message.extensionKind = value;
                            else
                                delete message.extensionKind;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.etag = value;
                            else
                                delete message.etag;
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
             * Decodes an ExtensionQuery message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.extendedmetadata.ExtensionQuery
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.extendedmetadata.ExtensionQuery & spotify.extendedmetadata.ExtensionQuery.$Shape} ExtensionQuery
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ExtensionQuery.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an ExtensionQuery message.
             * @function verify
             * @memberof spotify.extendedmetadata.ExtensionQuery
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ExtensionQuery.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.extensionKind != null && $Object.hasOwnProperty.call(message, "extensionKind"))
                    if (typeof message.extensionKind !== "number" || (message.extensionKind | 0) !== message.extensionKind)
                        return "extensionKind: enum value expected";
                if (message.etag != null && $Object.hasOwnProperty.call(message, "etag"))
                    if (!$util.isString(message.etag))
                        return "etag: string expected";
                return null;
            };

            /**
             * Creates an ExtensionQuery message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.extendedmetadata.ExtensionQuery
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.extendedmetadata.ExtensionQuery} ExtensionQuery
             */
            ExtensionQuery.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.extendedmetadata.ExtensionQuery)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.extendedmetadata.ExtensionQuery: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.spotify.extendedmetadata.ExtensionQuery();
                if (object.extensionKind !== 0 && (typeof object.extensionKind !== "string" || $root.spotify.extendedmetadata.ExtensionKind[object.extensionKind] !== 0))
                    switch (object.extensionKind) {
                    case "UNKNOWN_EXTENSION":
                    case 0:
                        message.extensionKind = 0;
                        break;
                    case "AUDIO_FILES":
                    case 5:
                        message.extensionKind = 5;
                        break;
                    case "TRACK_V4":
                    case 10:
                        message.extensionKind = 10;
                        break;
                    case "EPISODE_V4":
                    case 12:
                        message.extensionKind = 12;
                        break;
                    default:
                        if (typeof object.extensionKind === "number" && (object.extensionKind | 0) === object.extensionKind)
                            message.extensionKind = object.extensionKind;
                    }
                if (object.etag != null)
                    if (typeof object.etag !== "string" || object.etag.length)
                        message.etag = $String(object.etag);
                return message;
            };

            /**
             * Creates a plain object from an ExtensionQuery message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.extendedmetadata.ExtensionQuery
             * @static
             * @param {spotify.extendedmetadata.ExtensionQuery} message ExtensionQuery
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ExtensionQuery.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.extensionKind = options.enums === $String ? "UNKNOWN_EXTENSION" : 0;
                    object.etag = "";
                }
                if (message.extensionKind != null && $Object.hasOwnProperty.call(message, "extensionKind"))
                    object.extensionKind = options.enums === $String ? $root.spotify.extendedmetadata.ExtensionKind[message.extensionKind] === $undefined ? message.extensionKind : $root.spotify.extendedmetadata.ExtensionKind[message.extensionKind] : message.extensionKind;
                if (message.etag != null && $Object.hasOwnProperty.call(message, "etag"))
                    object.etag = message.etag;
                return object;
            };

            /**
             * Converts this ExtensionQuery to JSON.
             * @function toJSON
             * @memberof spotify.extendedmetadata.ExtensionQuery
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ExtensionQuery.prototype.toJSON = function() {
                return ExtensionQuery.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ExtensionQuery
             * @function getTypeUrl
             * @memberof spotify.extendedmetadata.ExtensionQuery
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ExtensionQuery.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.extendedmetadata.ExtensionQuery";
            };

            return ExtensionQuery;
        })();

        extendedmetadata.EntityRequest = (function() {

            /**
             * Properties of an EntityRequest.
             * @typedef {Object} spotify.extendedmetadata.EntityRequest.$Properties
             * @property {string|null} [entityUri] EntityRequest entityUri
             * @property {Array.<spotify.extendedmetadata.ExtensionQuery.$Properties>|null} [query] EntityRequest query
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an EntityRequest.
             * @memberof spotify.extendedmetadata
             * @interface IEntityRequest
             * @augments spotify.extendedmetadata.EntityRequest.$Properties
             * @deprecated Use spotify.extendedmetadata.EntityRequest.$Properties instead.
             */

            /**
             * Shape of an EntityRequest.
             * @typedef {spotify.extendedmetadata.EntityRequest.$Properties} spotify.extendedmetadata.EntityRequest.$Shape
             */

            /**
             * Constructs a new EntityRequest.
             * @memberof spotify.extendedmetadata
             * @classdesc Represents an EntityRequest.
             * @constructor
             * @param {spotify.extendedmetadata.EntityRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const EntityRequest = function (properties) {
                this.query = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * EntityRequest entityUri.
             * @member {string} entityUri
             * @memberof spotify.extendedmetadata.EntityRequest
             * @instance
             */
            EntityRequest.prototype.entityUri = "";

            /**
             * EntityRequest query.
             * @member {Array.<spotify.extendedmetadata.ExtensionQuery.$Properties>} query
             * @memberof spotify.extendedmetadata.EntityRequest
             * @instance
             */
            EntityRequest.prototype.query = $util.emptyArray;

            /**
             * Creates a new EntityRequest instance using the specified properties.
             * @function create
             * @memberof spotify.extendedmetadata.EntityRequest
             * @static
             * @param {spotify.extendedmetadata.EntityRequest.$Properties=} [properties] Properties to set
             * @returns {spotify.extendedmetadata.EntityRequest} EntityRequest instance
             * @type {{
             *   (properties: spotify.extendedmetadata.EntityRequest.$Shape): spotify.extendedmetadata.EntityRequest & spotify.extendedmetadata.EntityRequest.$Shape;
             *   (properties?: spotify.extendedmetadata.EntityRequest.$Properties): spotify.extendedmetadata.EntityRequest;
             * }}
             */
            EntityRequest.create = function(properties) {
                return new EntityRequest(properties);
            };

            /**
             * Encodes the specified EntityRequest message. Does not implicitly {@link spotify.extendedmetadata.EntityRequest.verify|verify} messages.
             * @function encode
             * @memberof spotify.extendedmetadata.EntityRequest
             * @static
             * @param {spotify.extendedmetadata.EntityRequest.$Properties} message EntityRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EntityRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.entityUri != null && $Object.hasOwnProperty.call(message, "entityUri") && message.entityUri !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.entityUri);
                if (message.query != null && message.query.length)
                    for (let i = 0; i < message.query.length; ++i)
                        $root.spotify.extendedmetadata.ExtensionQuery.encode(message.query[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified EntityRequest message, length delimited. Does not implicitly {@link spotify.extendedmetadata.EntityRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.extendedmetadata.EntityRequest
             * @static
             * @param {spotify.extendedmetadata.EntityRequest.$Properties} message EntityRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EntityRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an EntityRequest message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.extendedmetadata.EntityRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.extendedmetadata.EntityRequest & spotify.extendedmetadata.EntityRequest.$Shape} EntityRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EntityRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.spotify.extendedmetadata.EntityRequest();
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
                                message.entityUri = value;
                            else
                                delete message.entityUri;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.query && message.query.length))
                                message.query = [];
                            message.query.push($root.spotify.extendedmetadata.ExtensionQuery.decode(reader, reader.size(), $undefined, _depth + 1));
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
             * Decodes an EntityRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.extendedmetadata.EntityRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.extendedmetadata.EntityRequest & spotify.extendedmetadata.EntityRequest.$Shape} EntityRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EntityRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an EntityRequest message.
             * @function verify
             * @memberof spotify.extendedmetadata.EntityRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            EntityRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.entityUri != null && $Object.hasOwnProperty.call(message, "entityUri"))
                    if (!$util.isString(message.entityUri))
                        return "entityUri: string expected";
                if (message.query != null && $Object.hasOwnProperty.call(message, "query")) {
                    if (!$Array.isArray(message.query))
                        return "query: array expected";
                    for (let i = 0; i < message.query.length; ++i) {
                        let error = $root.spotify.extendedmetadata.ExtensionQuery.verify(message.query[i], _depth + 1);
                        if (error)
                            return "query." + error;
                    }
                }
                return null;
            };

            /**
             * Creates an EntityRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.extendedmetadata.EntityRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.extendedmetadata.EntityRequest} EntityRequest
             */
            EntityRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.extendedmetadata.EntityRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.extendedmetadata.EntityRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.spotify.extendedmetadata.EntityRequest();
                if (object.entityUri != null)
                    if (typeof object.entityUri !== "string" || object.entityUri.length)
                        message.entityUri = $String(object.entityUri);
                if (object.query) {
                    if (!$Array.isArray(object.query))
                        throw $TypeError(".spotify.extendedmetadata.EntityRequest.query: array expected");
                    message.query = $Array(object.query.length);
                    for (let i = 0; i < object.query.length; ++i) {
                        if (!$util.isObject(object.query[i]))
                            throw $TypeError(".spotify.extendedmetadata.EntityRequest.query: object expected");
                        message.query[i] = $root.spotify.extendedmetadata.ExtensionQuery.fromObject(object.query[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from an EntityRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.extendedmetadata.EntityRequest
             * @static
             * @param {spotify.extendedmetadata.EntityRequest} message EntityRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            EntityRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.query = [];
                if (options.defaults)
                    object.entityUri = "";
                if (message.entityUri != null && $Object.hasOwnProperty.call(message, "entityUri"))
                    object.entityUri = message.entityUri;
                if (message.query && message.query.length) {
                    object.query = $Array(message.query.length);
                    for (let j = 0; j < message.query.length; ++j)
                        object.query[j] = $root.spotify.extendedmetadata.ExtensionQuery.toObject(message.query[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this EntityRequest to JSON.
             * @function toJSON
             * @memberof spotify.extendedmetadata.EntityRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            EntityRequest.prototype.toJSON = function() {
                return EntityRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for EntityRequest
             * @function getTypeUrl
             * @memberof spotify.extendedmetadata.EntityRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            EntityRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.extendedmetadata.EntityRequest";
            };

            return EntityRequest;
        })();

        extendedmetadata.BatchedEntityRequestHeader = (function() {

            /**
             * Properties of a BatchedEntityRequestHeader.
             * @typedef {Object} spotify.extendedmetadata.BatchedEntityRequestHeader.$Properties
             * @property {string|null} [country] BatchedEntityRequestHeader country
             * @property {string|null} [catalogue] BatchedEntityRequestHeader catalogue
             * @property {Uint8Array|null} [taskId] BatchedEntityRequestHeader taskId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BatchedEntityRequestHeader.
             * @memberof spotify.extendedmetadata
             * @interface IBatchedEntityRequestHeader
             * @augments spotify.extendedmetadata.BatchedEntityRequestHeader.$Properties
             * @deprecated Use spotify.extendedmetadata.BatchedEntityRequestHeader.$Properties instead.
             */

            /**
             * Shape of a BatchedEntityRequestHeader.
             * @typedef {spotify.extendedmetadata.BatchedEntityRequestHeader.$Properties} spotify.extendedmetadata.BatchedEntityRequestHeader.$Shape
             */

            /**
             * Constructs a new BatchedEntityRequestHeader.
             * @memberof spotify.extendedmetadata
             * @classdesc Represents a BatchedEntityRequestHeader.
             * @constructor
             * @param {spotify.extendedmetadata.BatchedEntityRequestHeader.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BatchedEntityRequestHeader = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BatchedEntityRequestHeader country.
             * @member {string} country
             * @memberof spotify.extendedmetadata.BatchedEntityRequestHeader
             * @instance
             */
            BatchedEntityRequestHeader.prototype.country = "";

            /**
             * BatchedEntityRequestHeader catalogue.
             * @member {string} catalogue
             * @memberof spotify.extendedmetadata.BatchedEntityRequestHeader
             * @instance
             */
            BatchedEntityRequestHeader.prototype.catalogue = "";

            /**
             * BatchedEntityRequestHeader taskId.
             * @member {Uint8Array} taskId
             * @memberof spotify.extendedmetadata.BatchedEntityRequestHeader
             * @instance
             */
            BatchedEntityRequestHeader.prototype.taskId = $util.newBuffer([]);

            /**
             * Creates a new BatchedEntityRequestHeader instance using the specified properties.
             * @function create
             * @memberof spotify.extendedmetadata.BatchedEntityRequestHeader
             * @static
             * @param {spotify.extendedmetadata.BatchedEntityRequestHeader.$Properties=} [properties] Properties to set
             * @returns {spotify.extendedmetadata.BatchedEntityRequestHeader} BatchedEntityRequestHeader instance
             * @type {{
             *   (properties: spotify.extendedmetadata.BatchedEntityRequestHeader.$Shape): spotify.extendedmetadata.BatchedEntityRequestHeader & spotify.extendedmetadata.BatchedEntityRequestHeader.$Shape;
             *   (properties?: spotify.extendedmetadata.BatchedEntityRequestHeader.$Properties): spotify.extendedmetadata.BatchedEntityRequestHeader;
             * }}
             */
            BatchedEntityRequestHeader.create = function(properties) {
                return new BatchedEntityRequestHeader(properties);
            };

            /**
             * Encodes the specified BatchedEntityRequestHeader message. Does not implicitly {@link spotify.extendedmetadata.BatchedEntityRequestHeader.verify|verify} messages.
             * @function encode
             * @memberof spotify.extendedmetadata.BatchedEntityRequestHeader
             * @static
             * @param {spotify.extendedmetadata.BatchedEntityRequestHeader.$Properties} message BatchedEntityRequestHeader message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BatchedEntityRequestHeader.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.country != null && $Object.hasOwnProperty.call(message, "country") && message.country !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.country);
                if (message.catalogue != null && $Object.hasOwnProperty.call(message, "catalogue") && message.catalogue !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.catalogue);
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId") && message.taskId.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.taskId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified BatchedEntityRequestHeader message, length delimited. Does not implicitly {@link spotify.extendedmetadata.BatchedEntityRequestHeader.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.extendedmetadata.BatchedEntityRequestHeader
             * @static
             * @param {spotify.extendedmetadata.BatchedEntityRequestHeader.$Properties} message BatchedEntityRequestHeader message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BatchedEntityRequestHeader.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a BatchedEntityRequestHeader message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.extendedmetadata.BatchedEntityRequestHeader
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.extendedmetadata.BatchedEntityRequestHeader & spotify.extendedmetadata.BatchedEntityRequestHeader.$Shape} BatchedEntityRequestHeader
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BatchedEntityRequestHeader.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.spotify.extendedmetadata.BatchedEntityRequestHeader();
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
                                message.country = value;
                            else
                                delete message.country;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.catalogue = value;
                            else
                                delete message.catalogue;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.taskId = value;
                            else
                                delete message.taskId;
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
             * Decodes a BatchedEntityRequestHeader message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.extendedmetadata.BatchedEntityRequestHeader
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.extendedmetadata.BatchedEntityRequestHeader & spotify.extendedmetadata.BatchedEntityRequestHeader.$Shape} BatchedEntityRequestHeader
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BatchedEntityRequestHeader.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a BatchedEntityRequestHeader message.
             * @function verify
             * @memberof spotify.extendedmetadata.BatchedEntityRequestHeader
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            BatchedEntityRequestHeader.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.country != null && $Object.hasOwnProperty.call(message, "country"))
                    if (!$util.isString(message.country))
                        return "country: string expected";
                if (message.catalogue != null && $Object.hasOwnProperty.call(message, "catalogue"))
                    if (!$util.isString(message.catalogue))
                        return "catalogue: string expected";
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                    if (!(message.taskId && typeof message.taskId.length === "number" || $util.isString(message.taskId)))
                        return "taskId: buffer expected";
                return null;
            };

            /**
             * Creates a BatchedEntityRequestHeader message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.extendedmetadata.BatchedEntityRequestHeader
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.extendedmetadata.BatchedEntityRequestHeader} BatchedEntityRequestHeader
             */
            BatchedEntityRequestHeader.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.extendedmetadata.BatchedEntityRequestHeader)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.extendedmetadata.BatchedEntityRequestHeader: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.spotify.extendedmetadata.BatchedEntityRequestHeader();
                if (object.country != null)
                    if (typeof object.country !== "string" || object.country.length)
                        message.country = $String(object.country);
                if (object.catalogue != null)
                    if (typeof object.catalogue !== "string" || object.catalogue.length)
                        message.catalogue = $String(object.catalogue);
                if (object.taskId != null)
                    if (object.taskId.length)
                        if (typeof object.taskId === "string")
                            $util.base64.decode(object.taskId, message.taskId = $util.newBuffer($util.base64.length(object.taskId)), 0);
                        else if (object.taskId.length >= 0)
                            message.taskId = object.taskId;
                return message;
            };

            /**
             * Creates a plain object from a BatchedEntityRequestHeader message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.extendedmetadata.BatchedEntityRequestHeader
             * @static
             * @param {spotify.extendedmetadata.BatchedEntityRequestHeader} message BatchedEntityRequestHeader
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            BatchedEntityRequestHeader.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.country = "";
                    object.catalogue = "";
                    if (options.bytes === $String)
                        object.taskId = "";
                    else {
                        object.taskId = [];
                        if (options.bytes !== $Array)
                            object.taskId = $util.newBuffer(object.taskId);
                    }
                }
                if (message.country != null && $Object.hasOwnProperty.call(message, "country"))
                    object.country = message.country;
                if (message.catalogue != null && $Object.hasOwnProperty.call(message, "catalogue"))
                    object.catalogue = message.catalogue;
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                    object.taskId = options.bytes === $String ? $util.base64.encode(message.taskId, 0, message.taskId.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.taskId) : message.taskId;
                return object;
            };

            /**
             * Converts this BatchedEntityRequestHeader to JSON.
             * @function toJSON
             * @memberof spotify.extendedmetadata.BatchedEntityRequestHeader
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            BatchedEntityRequestHeader.prototype.toJSON = function() {
                return BatchedEntityRequestHeader.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for BatchedEntityRequestHeader
             * @function getTypeUrl
             * @memberof spotify.extendedmetadata.BatchedEntityRequestHeader
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            BatchedEntityRequestHeader.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.extendedmetadata.BatchedEntityRequestHeader";
            };

            return BatchedEntityRequestHeader;
        })();

        extendedmetadata.BatchedEntityRequest = (function() {

            /**
             * Properties of a BatchedEntityRequest.
             * @typedef {Object} spotify.extendedmetadata.BatchedEntityRequest.$Properties
             * @property {spotify.extendedmetadata.BatchedEntityRequestHeader.$Properties|null} [header] BatchedEntityRequest header
             * @property {Array.<spotify.extendedmetadata.EntityRequest.$Properties>|null} [entityRequest] BatchedEntityRequest entityRequest
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BatchedEntityRequest.
             * @memberof spotify.extendedmetadata
             * @interface IBatchedEntityRequest
             * @augments spotify.extendedmetadata.BatchedEntityRequest.$Properties
             * @deprecated Use spotify.extendedmetadata.BatchedEntityRequest.$Properties instead.
             */

            /**
             * Shape of a BatchedEntityRequest.
             * @typedef {spotify.extendedmetadata.BatchedEntityRequest.$Properties} spotify.extendedmetadata.BatchedEntityRequest.$Shape
             */

            /**
             * Constructs a new BatchedEntityRequest.
             * @memberof spotify.extendedmetadata
             * @classdesc Represents a BatchedEntityRequest.
             * @constructor
             * @param {spotify.extendedmetadata.BatchedEntityRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BatchedEntityRequest = function (properties) {
                this.entityRequest = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BatchedEntityRequest header.
             * @member {spotify.extendedmetadata.BatchedEntityRequestHeader.$Properties|null|undefined} header
             * @memberof spotify.extendedmetadata.BatchedEntityRequest
             * @instance
             */
            BatchedEntityRequest.prototype.header = null;

            /**
             * BatchedEntityRequest entityRequest.
             * @member {Array.<spotify.extendedmetadata.EntityRequest.$Properties>} entityRequest
             * @memberof spotify.extendedmetadata.BatchedEntityRequest
             * @instance
             */
            BatchedEntityRequest.prototype.entityRequest = $util.emptyArray;

            /**
             * Creates a new BatchedEntityRequest instance using the specified properties.
             * @function create
             * @memberof spotify.extendedmetadata.BatchedEntityRequest
             * @static
             * @param {spotify.extendedmetadata.BatchedEntityRequest.$Properties=} [properties] Properties to set
             * @returns {spotify.extendedmetadata.BatchedEntityRequest} BatchedEntityRequest instance
             * @type {{
             *   (properties: spotify.extendedmetadata.BatchedEntityRequest.$Shape): spotify.extendedmetadata.BatchedEntityRequest & spotify.extendedmetadata.BatchedEntityRequest.$Shape;
             *   (properties?: spotify.extendedmetadata.BatchedEntityRequest.$Properties): spotify.extendedmetadata.BatchedEntityRequest;
             * }}
             */
            BatchedEntityRequest.create = function(properties) {
                return new BatchedEntityRequest(properties);
            };

            /**
             * Encodes the specified BatchedEntityRequest message. Does not implicitly {@link spotify.extendedmetadata.BatchedEntityRequest.verify|verify} messages.
             * @function encode
             * @memberof spotify.extendedmetadata.BatchedEntityRequest
             * @static
             * @param {spotify.extendedmetadata.BatchedEntityRequest.$Properties} message BatchedEntityRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BatchedEntityRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                    $root.spotify.extendedmetadata.BatchedEntityRequestHeader.encode(message.header, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.entityRequest != null && message.entityRequest.length)
                    for (let i = 0; i < message.entityRequest.length; ++i)
                        $root.spotify.extendedmetadata.EntityRequest.encode(message.entityRequest[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified BatchedEntityRequest message, length delimited. Does not implicitly {@link spotify.extendedmetadata.BatchedEntityRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.extendedmetadata.BatchedEntityRequest
             * @static
             * @param {spotify.extendedmetadata.BatchedEntityRequest.$Properties} message BatchedEntityRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BatchedEntityRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a BatchedEntityRequest message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.extendedmetadata.BatchedEntityRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.extendedmetadata.BatchedEntityRequest & spotify.extendedmetadata.BatchedEntityRequest.$Shape} BatchedEntityRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BatchedEntityRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.spotify.extendedmetadata.BatchedEntityRequest();
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
                            message.header = $root.spotify.extendedmetadata.BatchedEntityRequestHeader.decode(reader, reader.size(), $undefined, _depth + 1, message.header);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.entityRequest && message.entityRequest.length))
                                message.entityRequest = [];
                            message.entityRequest.push($root.spotify.extendedmetadata.EntityRequest.decode(reader, reader.size(), $undefined, _depth + 1));
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
             * Decodes a BatchedEntityRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.extendedmetadata.BatchedEntityRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.extendedmetadata.BatchedEntityRequest & spotify.extendedmetadata.BatchedEntityRequest.$Shape} BatchedEntityRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BatchedEntityRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a BatchedEntityRequest message.
             * @function verify
             * @memberof spotify.extendedmetadata.BatchedEntityRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            BatchedEntityRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.header != null && $Object.hasOwnProperty.call(message, "header")) {
                    let error = $root.spotify.extendedmetadata.BatchedEntityRequestHeader.verify(message.header, _depth + 1);
                    if (error)
                        return "header." + error;
                }
                if (message.entityRequest != null && $Object.hasOwnProperty.call(message, "entityRequest")) {
                    if (!$Array.isArray(message.entityRequest))
                        return "entityRequest: array expected";
                    for (let i = 0; i < message.entityRequest.length; ++i) {
                        let error = $root.spotify.extendedmetadata.EntityRequest.verify(message.entityRequest[i], _depth + 1);
                        if (error)
                            return "entityRequest." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a BatchedEntityRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.extendedmetadata.BatchedEntityRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.extendedmetadata.BatchedEntityRequest} BatchedEntityRequest
             */
            BatchedEntityRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.extendedmetadata.BatchedEntityRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.extendedmetadata.BatchedEntityRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.spotify.extendedmetadata.BatchedEntityRequest();
                if (object.header != null) {
                    if (!$util.isObject(object.header))
                        throw $TypeError(".spotify.extendedmetadata.BatchedEntityRequest.header: object expected");
                    message.header = $root.spotify.extendedmetadata.BatchedEntityRequestHeader.fromObject(object.header, _depth + 1);
                }
                if (object.entityRequest) {
                    if (!$Array.isArray(object.entityRequest))
                        throw $TypeError(".spotify.extendedmetadata.BatchedEntityRequest.entityRequest: array expected");
                    message.entityRequest = $Array(object.entityRequest.length);
                    for (let i = 0; i < object.entityRequest.length; ++i) {
                        if (!$util.isObject(object.entityRequest[i]))
                            throw $TypeError(".spotify.extendedmetadata.BatchedEntityRequest.entityRequest: object expected");
                        message.entityRequest[i] = $root.spotify.extendedmetadata.EntityRequest.fromObject(object.entityRequest[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a BatchedEntityRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.extendedmetadata.BatchedEntityRequest
             * @static
             * @param {spotify.extendedmetadata.BatchedEntityRequest} message BatchedEntityRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            BatchedEntityRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.entityRequest = [];
                if (options.defaults)
                    object.header = null;
                if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                    object.header = $root.spotify.extendedmetadata.BatchedEntityRequestHeader.toObject(message.header, options, _depth + 1);
                if (message.entityRequest && message.entityRequest.length) {
                    object.entityRequest = $Array(message.entityRequest.length);
                    for (let j = 0; j < message.entityRequest.length; ++j)
                        object.entityRequest[j] = $root.spotify.extendedmetadata.EntityRequest.toObject(message.entityRequest[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this BatchedEntityRequest to JSON.
             * @function toJSON
             * @memberof spotify.extendedmetadata.BatchedEntityRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            BatchedEntityRequest.prototype.toJSON = function() {
                return BatchedEntityRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for BatchedEntityRequest
             * @function getTypeUrl
             * @memberof spotify.extendedmetadata.BatchedEntityRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            BatchedEntityRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.extendedmetadata.BatchedEntityRequest";
            };

            return BatchedEntityRequest;
        })();

        extendedmetadata.EntityExtensionDataHeader = (function() {

            /**
             * Properties of an EntityExtensionDataHeader.
             * @typedef {Object} spotify.extendedmetadata.EntityExtensionDataHeader.$Properties
             * @property {number|null} [statusCode] EntityExtensionDataHeader statusCode
             * @property {string|null} [etag] EntityExtensionDataHeader etag
             * @property {string|null} [locale] EntityExtensionDataHeader locale
             * @property {number|Long|null} [cacheTtlInSeconds] EntityExtensionDataHeader cacheTtlInSeconds
             * @property {number|Long|null} [offlineTtlInSeconds] EntityExtensionDataHeader offlineTtlInSeconds
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an EntityExtensionDataHeader.
             * @memberof spotify.extendedmetadata
             * @interface IEntityExtensionDataHeader
             * @augments spotify.extendedmetadata.EntityExtensionDataHeader.$Properties
             * @deprecated Use spotify.extendedmetadata.EntityExtensionDataHeader.$Properties instead.
             */

            /**
             * Shape of an EntityExtensionDataHeader.
             * @typedef {spotify.extendedmetadata.EntityExtensionDataHeader.$Properties} spotify.extendedmetadata.EntityExtensionDataHeader.$Shape
             */

            /**
             * Constructs a new EntityExtensionDataHeader.
             * @memberof spotify.extendedmetadata
             * @classdesc Represents an EntityExtensionDataHeader.
             * @constructor
             * @param {spotify.extendedmetadata.EntityExtensionDataHeader.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const EntityExtensionDataHeader = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * EntityExtensionDataHeader statusCode.
             * @member {number} statusCode
             * @memberof spotify.extendedmetadata.EntityExtensionDataHeader
             * @instance
             */
            EntityExtensionDataHeader.prototype.statusCode = 0;

            /**
             * EntityExtensionDataHeader etag.
             * @member {string} etag
             * @memberof spotify.extendedmetadata.EntityExtensionDataHeader
             * @instance
             */
            EntityExtensionDataHeader.prototype.etag = "";

            /**
             * EntityExtensionDataHeader locale.
             * @member {string} locale
             * @memberof spotify.extendedmetadata.EntityExtensionDataHeader
             * @instance
             */
            EntityExtensionDataHeader.prototype.locale = "";

            /**
             * EntityExtensionDataHeader cacheTtlInSeconds.
             * @member {number|Long} cacheTtlInSeconds
             * @memberof spotify.extendedmetadata.EntityExtensionDataHeader
             * @instance
             */
            EntityExtensionDataHeader.prototype.cacheTtlInSeconds = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * EntityExtensionDataHeader offlineTtlInSeconds.
             * @member {number|Long} offlineTtlInSeconds
             * @memberof spotify.extendedmetadata.EntityExtensionDataHeader
             * @instance
             */
            EntityExtensionDataHeader.prototype.offlineTtlInSeconds = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new EntityExtensionDataHeader instance using the specified properties.
             * @function create
             * @memberof spotify.extendedmetadata.EntityExtensionDataHeader
             * @static
             * @param {spotify.extendedmetadata.EntityExtensionDataHeader.$Properties=} [properties] Properties to set
             * @returns {spotify.extendedmetadata.EntityExtensionDataHeader} EntityExtensionDataHeader instance
             * @type {{
             *   (properties: spotify.extendedmetadata.EntityExtensionDataHeader.$Shape): spotify.extendedmetadata.EntityExtensionDataHeader & spotify.extendedmetadata.EntityExtensionDataHeader.$Shape;
             *   (properties?: spotify.extendedmetadata.EntityExtensionDataHeader.$Properties): spotify.extendedmetadata.EntityExtensionDataHeader;
             * }}
             */
            EntityExtensionDataHeader.create = function(properties) {
                return new EntityExtensionDataHeader(properties);
            };

            /**
             * Encodes the specified EntityExtensionDataHeader message. Does not implicitly {@link spotify.extendedmetadata.EntityExtensionDataHeader.verify|verify} messages.
             * @function encode
             * @memberof spotify.extendedmetadata.EntityExtensionDataHeader
             * @static
             * @param {spotify.extendedmetadata.EntityExtensionDataHeader.$Properties} message EntityExtensionDataHeader message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EntityExtensionDataHeader.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.statusCode != null && $Object.hasOwnProperty.call(message, "statusCode") && message.statusCode !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.statusCode);
                if (message.etag != null && $Object.hasOwnProperty.call(message, "etag") && message.etag !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.etag);
                if (message.locale != null && $Object.hasOwnProperty.call(message, "locale") && message.locale !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.locale);
                if (message.cacheTtlInSeconds != null && $Object.hasOwnProperty.call(message, "cacheTtlInSeconds") && (typeof message.cacheTtlInSeconds === "object" ? message.cacheTtlInSeconds.low || message.cacheTtlInSeconds.high : message.cacheTtlInSeconds !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.cacheTtlInSeconds);
                if (message.offlineTtlInSeconds != null && $Object.hasOwnProperty.call(message, "offlineTtlInSeconds") && (typeof message.offlineTtlInSeconds === "object" ? message.offlineTtlInSeconds.low || message.offlineTtlInSeconds.high : message.offlineTtlInSeconds !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.offlineTtlInSeconds);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified EntityExtensionDataHeader message, length delimited. Does not implicitly {@link spotify.extendedmetadata.EntityExtensionDataHeader.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.extendedmetadata.EntityExtensionDataHeader
             * @static
             * @param {spotify.extendedmetadata.EntityExtensionDataHeader.$Properties} message EntityExtensionDataHeader message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EntityExtensionDataHeader.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an EntityExtensionDataHeader message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.extendedmetadata.EntityExtensionDataHeader
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.extendedmetadata.EntityExtensionDataHeader & spotify.extendedmetadata.EntityExtensionDataHeader.$Shape} EntityExtensionDataHeader
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EntityExtensionDataHeader.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.spotify.extendedmetadata.EntityExtensionDataHeader();
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
                                message.statusCode = value;
                            else
                                delete message.statusCode;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.etag = value;
                            else
                                delete message.etag;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.locale = value;
                            else
                                delete message.locale;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.cacheTtlInSeconds = value;
                            else
                                delete message.cacheTtlInSeconds;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.offlineTtlInSeconds = value;
                            else
                                delete message.offlineTtlInSeconds;
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
             * Decodes an EntityExtensionDataHeader message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.extendedmetadata.EntityExtensionDataHeader
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.extendedmetadata.EntityExtensionDataHeader & spotify.extendedmetadata.EntityExtensionDataHeader.$Shape} EntityExtensionDataHeader
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EntityExtensionDataHeader.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an EntityExtensionDataHeader message.
             * @function verify
             * @memberof spotify.extendedmetadata.EntityExtensionDataHeader
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            EntityExtensionDataHeader.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.statusCode != null && $Object.hasOwnProperty.call(message, "statusCode"))
                    if (!$util.isInteger(message.statusCode))
                        return "statusCode: integer expected";
                if (message.etag != null && $Object.hasOwnProperty.call(message, "etag"))
                    if (!$util.isString(message.etag))
                        return "etag: string expected";
                if (message.locale != null && $Object.hasOwnProperty.call(message, "locale"))
                    if (!$util.isString(message.locale))
                        return "locale: string expected";
                if (message.cacheTtlInSeconds != null && $Object.hasOwnProperty.call(message, "cacheTtlInSeconds"))
                    if (!$util.isInteger(message.cacheTtlInSeconds) && !(message.cacheTtlInSeconds && $util.isInteger(message.cacheTtlInSeconds.low) && $util.isInteger(message.cacheTtlInSeconds.high)))
                        return "cacheTtlInSeconds: integer|Long expected";
                if (message.offlineTtlInSeconds != null && $Object.hasOwnProperty.call(message, "offlineTtlInSeconds"))
                    if (!$util.isInteger(message.offlineTtlInSeconds) && !(message.offlineTtlInSeconds && $util.isInteger(message.offlineTtlInSeconds.low) && $util.isInteger(message.offlineTtlInSeconds.high)))
                        return "offlineTtlInSeconds: integer|Long expected";
                return null;
            };

            /**
             * Creates an EntityExtensionDataHeader message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.extendedmetadata.EntityExtensionDataHeader
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.extendedmetadata.EntityExtensionDataHeader} EntityExtensionDataHeader
             */
            EntityExtensionDataHeader.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.extendedmetadata.EntityExtensionDataHeader)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.extendedmetadata.EntityExtensionDataHeader: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.spotify.extendedmetadata.EntityExtensionDataHeader();
                if (object.statusCode != null)
                    if ($Number(object.statusCode) !== 0)
                        message.statusCode = object.statusCode | 0;
                if (object.etag != null)
                    if (typeof object.etag !== "string" || object.etag.length)
                        message.etag = $String(object.etag);
                if (object.locale != null)
                    if (typeof object.locale !== "string" || object.locale.length)
                        message.locale = $String(object.locale);
                if (object.cacheTtlInSeconds != null)
                    if (typeof object.cacheTtlInSeconds === "object" ? object.cacheTtlInSeconds.low || object.cacheTtlInSeconds.high : $Number(object.cacheTtlInSeconds) !== 0)
                        if ($util.Long)
                            message.cacheTtlInSeconds = $util.Long.fromValue(object.cacheTtlInSeconds, false);
                        else if (typeof object.cacheTtlInSeconds === "string")
                            message.cacheTtlInSeconds = $parseInt(object.cacheTtlInSeconds, 10);
                        else if (typeof object.cacheTtlInSeconds === "number")
                            message.cacheTtlInSeconds = object.cacheTtlInSeconds;
                        else if (typeof object.cacheTtlInSeconds === "object")
                            message.cacheTtlInSeconds = new $util.LongBits(object.cacheTtlInSeconds.low >>> 0, object.cacheTtlInSeconds.high >>> 0).toNumber();
                if (object.offlineTtlInSeconds != null)
                    if (typeof object.offlineTtlInSeconds === "object" ? object.offlineTtlInSeconds.low || object.offlineTtlInSeconds.high : $Number(object.offlineTtlInSeconds) !== 0)
                        if ($util.Long)
                            message.offlineTtlInSeconds = $util.Long.fromValue(object.offlineTtlInSeconds, false);
                        else if (typeof object.offlineTtlInSeconds === "string")
                            message.offlineTtlInSeconds = $parseInt(object.offlineTtlInSeconds, 10);
                        else if (typeof object.offlineTtlInSeconds === "number")
                            message.offlineTtlInSeconds = object.offlineTtlInSeconds;
                        else if (typeof object.offlineTtlInSeconds === "object")
                            message.offlineTtlInSeconds = new $util.LongBits(object.offlineTtlInSeconds.low >>> 0, object.offlineTtlInSeconds.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from an EntityExtensionDataHeader message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.extendedmetadata.EntityExtensionDataHeader
             * @static
             * @param {spotify.extendedmetadata.EntityExtensionDataHeader} message EntityExtensionDataHeader
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            EntityExtensionDataHeader.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.statusCode = 0;
                    object.etag = "";
                    object.locale = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.cacheTtlInSeconds = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.cacheTtlInSeconds = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.offlineTtlInSeconds = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.offlineTtlInSeconds = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.statusCode != null && $Object.hasOwnProperty.call(message, "statusCode"))
                    object.statusCode = message.statusCode;
                if (message.etag != null && $Object.hasOwnProperty.call(message, "etag"))
                    object.etag = message.etag;
                if (message.locale != null && $Object.hasOwnProperty.call(message, "locale"))
                    object.locale = message.locale;
                if (message.cacheTtlInSeconds != null && $Object.hasOwnProperty.call(message, "cacheTtlInSeconds"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.cacheTtlInSeconds = typeof message.cacheTtlInSeconds === "number" ? $BigInt(message.cacheTtlInSeconds) : $util.Long.fromBits(message.cacheTtlInSeconds.low >>> 0, message.cacheTtlInSeconds.high >>> 0, false).toBigInt();
                    else if (typeof message.cacheTtlInSeconds === "number")
                        object.cacheTtlInSeconds = options.longs === $String ? $String(message.cacheTtlInSeconds) : message.cacheTtlInSeconds;
                    else
                        object.cacheTtlInSeconds = options.longs === $String ? $util.Long.prototype.toString.call(message.cacheTtlInSeconds) : options.longs === $Number ? new $util.LongBits(message.cacheTtlInSeconds.low >>> 0, message.cacheTtlInSeconds.high >>> 0).toNumber() : message.cacheTtlInSeconds;
                if (message.offlineTtlInSeconds != null && $Object.hasOwnProperty.call(message, "offlineTtlInSeconds"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.offlineTtlInSeconds = typeof message.offlineTtlInSeconds === "number" ? $BigInt(message.offlineTtlInSeconds) : $util.Long.fromBits(message.offlineTtlInSeconds.low >>> 0, message.offlineTtlInSeconds.high >>> 0, false).toBigInt();
                    else if (typeof message.offlineTtlInSeconds === "number")
                        object.offlineTtlInSeconds = options.longs === $String ? $String(message.offlineTtlInSeconds) : message.offlineTtlInSeconds;
                    else
                        object.offlineTtlInSeconds = options.longs === $String ? $util.Long.prototype.toString.call(message.offlineTtlInSeconds) : options.longs === $Number ? new $util.LongBits(message.offlineTtlInSeconds.low >>> 0, message.offlineTtlInSeconds.high >>> 0).toNumber() : message.offlineTtlInSeconds;
                return object;
            };

            /**
             * Converts this EntityExtensionDataHeader to JSON.
             * @function toJSON
             * @memberof spotify.extendedmetadata.EntityExtensionDataHeader
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            EntityExtensionDataHeader.prototype.toJSON = function() {
                return EntityExtensionDataHeader.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for EntityExtensionDataHeader
             * @function getTypeUrl
             * @memberof spotify.extendedmetadata.EntityExtensionDataHeader
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            EntityExtensionDataHeader.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.extendedmetadata.EntityExtensionDataHeader";
            };

            return EntityExtensionDataHeader;
        })();

        extendedmetadata.EntityExtensionData = (function() {

            /**
             * Properties of an EntityExtensionData.
             * @typedef {Object} spotify.extendedmetadata.EntityExtensionData.$Properties
             * @property {spotify.extendedmetadata.EntityExtensionDataHeader.$Properties|null} [header] EntityExtensionData header
             * @property {string|null} [entityUri] EntityExtensionData entityUri
             * @property {google.protobuf.Any.$Properties|null} [extensionData] EntityExtensionData extensionData
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an EntityExtensionData.
             * @memberof spotify.extendedmetadata
             * @interface IEntityExtensionData
             * @augments spotify.extendedmetadata.EntityExtensionData.$Properties
             * @deprecated Use spotify.extendedmetadata.EntityExtensionData.$Properties instead.
             */

            /**
             * Shape of an EntityExtensionData.
             * @typedef {spotify.extendedmetadata.EntityExtensionData.$Properties} spotify.extendedmetadata.EntityExtensionData.$Shape
             */

            /**
             * Constructs a new EntityExtensionData.
             * @memberof spotify.extendedmetadata
             * @classdesc Represents an EntityExtensionData.
             * @constructor
             * @param {spotify.extendedmetadata.EntityExtensionData.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const EntityExtensionData = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * EntityExtensionData header.
             * @member {spotify.extendedmetadata.EntityExtensionDataHeader.$Properties|null|undefined} header
             * @memberof spotify.extendedmetadata.EntityExtensionData
             * @instance
             */
            EntityExtensionData.prototype.header = null;

            /**
             * EntityExtensionData entityUri.
             * @member {string} entityUri
             * @memberof spotify.extendedmetadata.EntityExtensionData
             * @instance
             */
            EntityExtensionData.prototype.entityUri = "";

            /**
             * EntityExtensionData extensionData.
             * @member {google.protobuf.Any.$Properties|null|undefined} extensionData
             * @memberof spotify.extendedmetadata.EntityExtensionData
             * @instance
             */
            EntityExtensionData.prototype.extensionData = null;

            /**
             * Creates a new EntityExtensionData instance using the specified properties.
             * @function create
             * @memberof spotify.extendedmetadata.EntityExtensionData
             * @static
             * @param {spotify.extendedmetadata.EntityExtensionData.$Properties=} [properties] Properties to set
             * @returns {spotify.extendedmetadata.EntityExtensionData} EntityExtensionData instance
             * @type {{
             *   (properties: spotify.extendedmetadata.EntityExtensionData.$Shape): spotify.extendedmetadata.EntityExtensionData & spotify.extendedmetadata.EntityExtensionData.$Shape;
             *   (properties?: spotify.extendedmetadata.EntityExtensionData.$Properties): spotify.extendedmetadata.EntityExtensionData;
             * }}
             */
            EntityExtensionData.create = function(properties) {
                return new EntityExtensionData(properties);
            };

            /**
             * Encodes the specified EntityExtensionData message. Does not implicitly {@link spotify.extendedmetadata.EntityExtensionData.verify|verify} messages.
             * @function encode
             * @memberof spotify.extendedmetadata.EntityExtensionData
             * @static
             * @param {spotify.extendedmetadata.EntityExtensionData.$Properties} message EntityExtensionData message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EntityExtensionData.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                    $root.spotify.extendedmetadata.EntityExtensionDataHeader.encode(message.header, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.entityUri != null && $Object.hasOwnProperty.call(message, "entityUri") && message.entityUri !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.entityUri);
                if (message.extensionData != null && $Object.hasOwnProperty.call(message, "extensionData"))
                    $root.google.protobuf.Any.encode(message.extensionData, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified EntityExtensionData message, length delimited. Does not implicitly {@link spotify.extendedmetadata.EntityExtensionData.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.extendedmetadata.EntityExtensionData
             * @static
             * @param {spotify.extendedmetadata.EntityExtensionData.$Properties} message EntityExtensionData message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EntityExtensionData.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an EntityExtensionData message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.extendedmetadata.EntityExtensionData
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.extendedmetadata.EntityExtensionData & spotify.extendedmetadata.EntityExtensionData.$Shape} EntityExtensionData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EntityExtensionData.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.spotify.extendedmetadata.EntityExtensionData();
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
                            message.header = $root.spotify.extendedmetadata.EntityExtensionDataHeader.decode(reader, reader.size(), $undefined, _depth + 1, message.header);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.entityUri = value;
                            else
                                delete message.entityUri;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.extensionData = $root.google.protobuf.Any.decode(reader, reader.size(), $undefined, _depth + 1, message.extensionData);
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
             * Decodes an EntityExtensionData message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.extendedmetadata.EntityExtensionData
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.extendedmetadata.EntityExtensionData & spotify.extendedmetadata.EntityExtensionData.$Shape} EntityExtensionData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EntityExtensionData.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an EntityExtensionData message.
             * @function verify
             * @memberof spotify.extendedmetadata.EntityExtensionData
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            EntityExtensionData.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.header != null && $Object.hasOwnProperty.call(message, "header")) {
                    let error = $root.spotify.extendedmetadata.EntityExtensionDataHeader.verify(message.header, _depth + 1);
                    if (error)
                        return "header." + error;
                }
                if (message.entityUri != null && $Object.hasOwnProperty.call(message, "entityUri"))
                    if (!$util.isString(message.entityUri))
                        return "entityUri: string expected";
                if (message.extensionData != null && $Object.hasOwnProperty.call(message, "extensionData")) {
                    let error = $root.google.protobuf.Any.verify(message.extensionData, _depth + 1);
                    if (error)
                        return "extensionData." + error;
                }
                return null;
            };

            /**
             * Creates an EntityExtensionData message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.extendedmetadata.EntityExtensionData
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.extendedmetadata.EntityExtensionData} EntityExtensionData
             */
            EntityExtensionData.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.extendedmetadata.EntityExtensionData)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.extendedmetadata.EntityExtensionData: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.spotify.extendedmetadata.EntityExtensionData();
                if (object.header != null) {
                    if (!$util.isObject(object.header))
                        throw $TypeError(".spotify.extendedmetadata.EntityExtensionData.header: object expected");
                    message.header = $root.spotify.extendedmetadata.EntityExtensionDataHeader.fromObject(object.header, _depth + 1);
                }
                if (object.entityUri != null)
                    if (typeof object.entityUri !== "string" || object.entityUri.length)
                        message.entityUri = $String(object.entityUri);
                if (object.extensionData != null) {
                    if (!$util.isObject(object.extensionData))
                        throw $TypeError(".spotify.extendedmetadata.EntityExtensionData.extensionData: object expected");
                    message.extensionData = $root.google.protobuf.Any.fromObject(object.extensionData, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from an EntityExtensionData message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.extendedmetadata.EntityExtensionData
             * @static
             * @param {spotify.extendedmetadata.EntityExtensionData} message EntityExtensionData
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            EntityExtensionData.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.header = null;
                    object.entityUri = "";
                    object.extensionData = null;
                }
                if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                    object.header = $root.spotify.extendedmetadata.EntityExtensionDataHeader.toObject(message.header, options, _depth + 1);
                if (message.entityUri != null && $Object.hasOwnProperty.call(message, "entityUri"))
                    object.entityUri = message.entityUri;
                if (message.extensionData != null && $Object.hasOwnProperty.call(message, "extensionData"))
                    object.extensionData = $root.google.protobuf.Any.toObject(message.extensionData, options, _depth + 1);
                return object;
            };

            /**
             * Converts this EntityExtensionData to JSON.
             * @function toJSON
             * @memberof spotify.extendedmetadata.EntityExtensionData
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            EntityExtensionData.prototype.toJSON = function() {
                return EntityExtensionData.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for EntityExtensionData
             * @function getTypeUrl
             * @memberof spotify.extendedmetadata.EntityExtensionData
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            EntityExtensionData.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.extendedmetadata.EntityExtensionData";
            };

            return EntityExtensionData;
        })();

        /**
         * ExtensionType enum.
         * @name spotify.extendedmetadata.ExtensionType
         * @enum {number}
         * @property {number} UNKNOWN=0 UNKNOWN value
         * @property {number} GENERIC=1 GENERIC value
         * @property {number} ASSOC=2 ASSOC value
         */
        extendedmetadata.ExtensionType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "UNKNOWN"] = 0;
            values[valuesById[1] = "GENERIC"] = 1;
            values[valuesById[2] = "ASSOC"] = 2;
            return values;
        })();

        extendedmetadata.EntityExtensionDataArrayHeader = (function() {

            /**
             * Properties of an EntityExtensionDataArrayHeader.
             * @typedef {Object} spotify.extendedmetadata.EntityExtensionDataArrayHeader.$Properties
             * @property {number|null} [providerErrorStatus] EntityExtensionDataArrayHeader providerErrorStatus
             * @property {number|Long|null} [cacheTtlInSeconds] EntityExtensionDataArrayHeader cacheTtlInSeconds
             * @property {number|Long|null} [offlineTtlInSeconds] EntityExtensionDataArrayHeader offlineTtlInSeconds
             * @property {spotify.extendedmetadata.ExtensionType|null} [extensionType] EntityExtensionDataArrayHeader extensionType
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an EntityExtensionDataArrayHeader.
             * @memberof spotify.extendedmetadata
             * @interface IEntityExtensionDataArrayHeader
             * @augments spotify.extendedmetadata.EntityExtensionDataArrayHeader.$Properties
             * @deprecated Use spotify.extendedmetadata.EntityExtensionDataArrayHeader.$Properties instead.
             */

            /**
             * Shape of an EntityExtensionDataArrayHeader.
             * @typedef {spotify.extendedmetadata.EntityExtensionDataArrayHeader.$Properties} spotify.extendedmetadata.EntityExtensionDataArrayHeader.$Shape
             */

            /**
             * Constructs a new EntityExtensionDataArrayHeader.
             * @memberof spotify.extendedmetadata
             * @classdesc Represents an EntityExtensionDataArrayHeader.
             * @constructor
             * @param {spotify.extendedmetadata.EntityExtensionDataArrayHeader.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const EntityExtensionDataArrayHeader = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * EntityExtensionDataArrayHeader providerErrorStatus.
             * @member {number} providerErrorStatus
             * @memberof spotify.extendedmetadata.EntityExtensionDataArrayHeader
             * @instance
             */
            EntityExtensionDataArrayHeader.prototype.providerErrorStatus = 0;

            /**
             * EntityExtensionDataArrayHeader cacheTtlInSeconds.
             * @member {number|Long} cacheTtlInSeconds
             * @memberof spotify.extendedmetadata.EntityExtensionDataArrayHeader
             * @instance
             */
            EntityExtensionDataArrayHeader.prototype.cacheTtlInSeconds = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * EntityExtensionDataArrayHeader offlineTtlInSeconds.
             * @member {number|Long} offlineTtlInSeconds
             * @memberof spotify.extendedmetadata.EntityExtensionDataArrayHeader
             * @instance
             */
            EntityExtensionDataArrayHeader.prototype.offlineTtlInSeconds = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * EntityExtensionDataArrayHeader extensionType.
             * @member {spotify.extendedmetadata.ExtensionType} extensionType
             * @memberof spotify.extendedmetadata.EntityExtensionDataArrayHeader
             * @instance
             */
            EntityExtensionDataArrayHeader.prototype.extensionType = 0;

            /**
             * Creates a new EntityExtensionDataArrayHeader instance using the specified properties.
             * @function create
             * @memberof spotify.extendedmetadata.EntityExtensionDataArrayHeader
             * @static
             * @param {spotify.extendedmetadata.EntityExtensionDataArrayHeader.$Properties=} [properties] Properties to set
             * @returns {spotify.extendedmetadata.EntityExtensionDataArrayHeader} EntityExtensionDataArrayHeader instance
             * @type {{
             *   (properties: spotify.extendedmetadata.EntityExtensionDataArrayHeader.$Shape): spotify.extendedmetadata.EntityExtensionDataArrayHeader & spotify.extendedmetadata.EntityExtensionDataArrayHeader.$Shape;
             *   (properties?: spotify.extendedmetadata.EntityExtensionDataArrayHeader.$Properties): spotify.extendedmetadata.EntityExtensionDataArrayHeader;
             * }}
             */
            EntityExtensionDataArrayHeader.create = function(properties) {
                return new EntityExtensionDataArrayHeader(properties);
            };

            /**
             * Encodes the specified EntityExtensionDataArrayHeader message. Does not implicitly {@link spotify.extendedmetadata.EntityExtensionDataArrayHeader.verify|verify} messages.
             * @function encode
             * @memberof spotify.extendedmetadata.EntityExtensionDataArrayHeader
             * @static
             * @param {spotify.extendedmetadata.EntityExtensionDataArrayHeader.$Properties} message EntityExtensionDataArrayHeader message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EntityExtensionDataArrayHeader.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.providerErrorStatus != null && $Object.hasOwnProperty.call(message, "providerErrorStatus") && message.providerErrorStatus !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.providerErrorStatus);
                if (message.cacheTtlInSeconds != null && $Object.hasOwnProperty.call(message, "cacheTtlInSeconds") && (typeof message.cacheTtlInSeconds === "object" ? message.cacheTtlInSeconds.low || message.cacheTtlInSeconds.high : message.cacheTtlInSeconds !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.cacheTtlInSeconds);
                if (message.offlineTtlInSeconds != null && $Object.hasOwnProperty.call(message, "offlineTtlInSeconds") && (typeof message.offlineTtlInSeconds === "object" ? message.offlineTtlInSeconds.low || message.offlineTtlInSeconds.high : message.offlineTtlInSeconds !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.offlineTtlInSeconds);
                if (message.extensionType != null && $Object.hasOwnProperty.call(message, "extensionType") && message.extensionType !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.extensionType);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified EntityExtensionDataArrayHeader message, length delimited. Does not implicitly {@link spotify.extendedmetadata.EntityExtensionDataArrayHeader.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.extendedmetadata.EntityExtensionDataArrayHeader
             * @static
             * @param {spotify.extendedmetadata.EntityExtensionDataArrayHeader.$Properties} message EntityExtensionDataArrayHeader message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EntityExtensionDataArrayHeader.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an EntityExtensionDataArrayHeader message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.extendedmetadata.EntityExtensionDataArrayHeader
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.extendedmetadata.EntityExtensionDataArrayHeader & spotify.extendedmetadata.EntityExtensionDataArrayHeader.$Shape} EntityExtensionDataArrayHeader
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EntityExtensionDataArrayHeader.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.spotify.extendedmetadata.EntityExtensionDataArrayHeader();
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
                                message.providerErrorStatus = value;
                            else
                                delete message.providerErrorStatus;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.cacheTtlInSeconds = value;
                            else
                                delete message.cacheTtlInSeconds;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.offlineTtlInSeconds = value;
                            else
                                delete message.offlineTtlInSeconds;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.extensionType = value;
                            else
                                delete message.extensionType;
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
             * Decodes an EntityExtensionDataArrayHeader message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.extendedmetadata.EntityExtensionDataArrayHeader
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.extendedmetadata.EntityExtensionDataArrayHeader & spotify.extendedmetadata.EntityExtensionDataArrayHeader.$Shape} EntityExtensionDataArrayHeader
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EntityExtensionDataArrayHeader.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an EntityExtensionDataArrayHeader message.
             * @function verify
             * @memberof spotify.extendedmetadata.EntityExtensionDataArrayHeader
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            EntityExtensionDataArrayHeader.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.providerErrorStatus != null && $Object.hasOwnProperty.call(message, "providerErrorStatus"))
                    if (!$util.isInteger(message.providerErrorStatus))
                        return "providerErrorStatus: integer expected";
                if (message.cacheTtlInSeconds != null && $Object.hasOwnProperty.call(message, "cacheTtlInSeconds"))
                    if (!$util.isInteger(message.cacheTtlInSeconds) && !(message.cacheTtlInSeconds && $util.isInteger(message.cacheTtlInSeconds.low) && $util.isInteger(message.cacheTtlInSeconds.high)))
                        return "cacheTtlInSeconds: integer|Long expected";
                if (message.offlineTtlInSeconds != null && $Object.hasOwnProperty.call(message, "offlineTtlInSeconds"))
                    if (!$util.isInteger(message.offlineTtlInSeconds) && !(message.offlineTtlInSeconds && $util.isInteger(message.offlineTtlInSeconds.low) && $util.isInteger(message.offlineTtlInSeconds.high)))
                        return "offlineTtlInSeconds: integer|Long expected";
                if (message.extensionType != null && $Object.hasOwnProperty.call(message, "extensionType"))
                    if (typeof message.extensionType !== "number" || (message.extensionType | 0) !== message.extensionType)
                        return "extensionType: enum value expected";
                return null;
            };

            /**
             * Creates an EntityExtensionDataArrayHeader message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.extendedmetadata.EntityExtensionDataArrayHeader
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.extendedmetadata.EntityExtensionDataArrayHeader} EntityExtensionDataArrayHeader
             */
            EntityExtensionDataArrayHeader.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.extendedmetadata.EntityExtensionDataArrayHeader)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.extendedmetadata.EntityExtensionDataArrayHeader: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.spotify.extendedmetadata.EntityExtensionDataArrayHeader();
                if (object.providerErrorStatus != null)
                    if ($Number(object.providerErrorStatus) !== 0)
                        message.providerErrorStatus = object.providerErrorStatus | 0;
                if (object.cacheTtlInSeconds != null)
                    if (typeof object.cacheTtlInSeconds === "object" ? object.cacheTtlInSeconds.low || object.cacheTtlInSeconds.high : $Number(object.cacheTtlInSeconds) !== 0)
                        if ($util.Long)
                            message.cacheTtlInSeconds = $util.Long.fromValue(object.cacheTtlInSeconds, false);
                        else if (typeof object.cacheTtlInSeconds === "string")
                            message.cacheTtlInSeconds = $parseInt(object.cacheTtlInSeconds, 10);
                        else if (typeof object.cacheTtlInSeconds === "number")
                            message.cacheTtlInSeconds = object.cacheTtlInSeconds;
                        else if (typeof object.cacheTtlInSeconds === "object")
                            message.cacheTtlInSeconds = new $util.LongBits(object.cacheTtlInSeconds.low >>> 0, object.cacheTtlInSeconds.high >>> 0).toNumber();
                if (object.offlineTtlInSeconds != null)
                    if (typeof object.offlineTtlInSeconds === "object" ? object.offlineTtlInSeconds.low || object.offlineTtlInSeconds.high : $Number(object.offlineTtlInSeconds) !== 0)
                        if ($util.Long)
                            message.offlineTtlInSeconds = $util.Long.fromValue(object.offlineTtlInSeconds, false);
                        else if (typeof object.offlineTtlInSeconds === "string")
                            message.offlineTtlInSeconds = $parseInt(object.offlineTtlInSeconds, 10);
                        else if (typeof object.offlineTtlInSeconds === "number")
                            message.offlineTtlInSeconds = object.offlineTtlInSeconds;
                        else if (typeof object.offlineTtlInSeconds === "object")
                            message.offlineTtlInSeconds = new $util.LongBits(object.offlineTtlInSeconds.low >>> 0, object.offlineTtlInSeconds.high >>> 0).toNumber();
                if (object.extensionType !== 0 && (typeof object.extensionType !== "string" || $root.spotify.extendedmetadata.ExtensionType[object.extensionType] !== 0))
                    switch (object.extensionType) {
                    case "UNKNOWN":
                    case 0:
                        message.extensionType = 0;
                        break;
                    case "GENERIC":
                    case 1:
                        message.extensionType = 1;
                        break;
                    case "ASSOC":
                    case 2:
                        message.extensionType = 2;
                        break;
                    default:
                        if (typeof object.extensionType === "number" && (object.extensionType | 0) === object.extensionType)
                            message.extensionType = object.extensionType;
                    }
                return message;
            };

            /**
             * Creates a plain object from an EntityExtensionDataArrayHeader message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.extendedmetadata.EntityExtensionDataArrayHeader
             * @static
             * @param {spotify.extendedmetadata.EntityExtensionDataArrayHeader} message EntityExtensionDataArrayHeader
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            EntityExtensionDataArrayHeader.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.providerErrorStatus = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.cacheTtlInSeconds = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.cacheTtlInSeconds = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.offlineTtlInSeconds = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.offlineTtlInSeconds = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.extensionType = options.enums === $String ? "UNKNOWN" : 0;
                }
                if (message.providerErrorStatus != null && $Object.hasOwnProperty.call(message, "providerErrorStatus"))
                    object.providerErrorStatus = message.providerErrorStatus;
                if (message.cacheTtlInSeconds != null && $Object.hasOwnProperty.call(message, "cacheTtlInSeconds"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.cacheTtlInSeconds = typeof message.cacheTtlInSeconds === "number" ? $BigInt(message.cacheTtlInSeconds) : $util.Long.fromBits(message.cacheTtlInSeconds.low >>> 0, message.cacheTtlInSeconds.high >>> 0, false).toBigInt();
                    else if (typeof message.cacheTtlInSeconds === "number")
                        object.cacheTtlInSeconds = options.longs === $String ? $String(message.cacheTtlInSeconds) : message.cacheTtlInSeconds;
                    else
                        object.cacheTtlInSeconds = options.longs === $String ? $util.Long.prototype.toString.call(message.cacheTtlInSeconds) : options.longs === $Number ? new $util.LongBits(message.cacheTtlInSeconds.low >>> 0, message.cacheTtlInSeconds.high >>> 0).toNumber() : message.cacheTtlInSeconds;
                if (message.offlineTtlInSeconds != null && $Object.hasOwnProperty.call(message, "offlineTtlInSeconds"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.offlineTtlInSeconds = typeof message.offlineTtlInSeconds === "number" ? $BigInt(message.offlineTtlInSeconds) : $util.Long.fromBits(message.offlineTtlInSeconds.low >>> 0, message.offlineTtlInSeconds.high >>> 0, false).toBigInt();
                    else if (typeof message.offlineTtlInSeconds === "number")
                        object.offlineTtlInSeconds = options.longs === $String ? $String(message.offlineTtlInSeconds) : message.offlineTtlInSeconds;
                    else
                        object.offlineTtlInSeconds = options.longs === $String ? $util.Long.prototype.toString.call(message.offlineTtlInSeconds) : options.longs === $Number ? new $util.LongBits(message.offlineTtlInSeconds.low >>> 0, message.offlineTtlInSeconds.high >>> 0).toNumber() : message.offlineTtlInSeconds;
                if (message.extensionType != null && $Object.hasOwnProperty.call(message, "extensionType"))
                    object.extensionType = options.enums === $String ? $root.spotify.extendedmetadata.ExtensionType[message.extensionType] === $undefined ? message.extensionType : $root.spotify.extendedmetadata.ExtensionType[message.extensionType] : message.extensionType;
                return object;
            };

            /**
             * Converts this EntityExtensionDataArrayHeader to JSON.
             * @function toJSON
             * @memberof spotify.extendedmetadata.EntityExtensionDataArrayHeader
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            EntityExtensionDataArrayHeader.prototype.toJSON = function() {
                return EntityExtensionDataArrayHeader.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for EntityExtensionDataArrayHeader
             * @function getTypeUrl
             * @memberof spotify.extendedmetadata.EntityExtensionDataArrayHeader
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            EntityExtensionDataArrayHeader.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.extendedmetadata.EntityExtensionDataArrayHeader";
            };

            return EntityExtensionDataArrayHeader;
        })();

        extendedmetadata.EntityExtensionDataArray = (function() {

            /**
             * Properties of an EntityExtensionDataArray.
             * @typedef {Object} spotify.extendedmetadata.EntityExtensionDataArray.$Properties
             * @property {spotify.extendedmetadata.EntityExtensionDataArrayHeader.$Properties|null} [header] EntityExtensionDataArray header
             * @property {spotify.extendedmetadata.ExtensionKind|null} [extensionKind] EntityExtensionDataArray extensionKind
             * @property {Array.<spotify.extendedmetadata.EntityExtensionData.$Properties>|null} [extensionData] EntityExtensionDataArray extensionData
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an EntityExtensionDataArray.
             * @memberof spotify.extendedmetadata
             * @interface IEntityExtensionDataArray
             * @augments spotify.extendedmetadata.EntityExtensionDataArray.$Properties
             * @deprecated Use spotify.extendedmetadata.EntityExtensionDataArray.$Properties instead.
             */

            /**
             * Shape of an EntityExtensionDataArray.
             * @typedef {spotify.extendedmetadata.EntityExtensionDataArray.$Properties} spotify.extendedmetadata.EntityExtensionDataArray.$Shape
             */

            /**
             * Constructs a new EntityExtensionDataArray.
             * @memberof spotify.extendedmetadata
             * @classdesc Represents an EntityExtensionDataArray.
             * @constructor
             * @param {spotify.extendedmetadata.EntityExtensionDataArray.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const EntityExtensionDataArray = function (properties) {
                this.extensionData = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * EntityExtensionDataArray header.
             * @member {spotify.extendedmetadata.EntityExtensionDataArrayHeader.$Properties|null|undefined} header
             * @memberof spotify.extendedmetadata.EntityExtensionDataArray
             * @instance
             */
            EntityExtensionDataArray.prototype.header = null;

            /**
             * EntityExtensionDataArray extensionKind.
             * @member {spotify.extendedmetadata.ExtensionKind} extensionKind
             * @memberof spotify.extendedmetadata.EntityExtensionDataArray
             * @instance
             */
            EntityExtensionDataArray.prototype.extensionKind = 0;

            /**
             * EntityExtensionDataArray extensionData.
             * @member {Array.<spotify.extendedmetadata.EntityExtensionData.$Properties>} extensionData
             * @memberof spotify.extendedmetadata.EntityExtensionDataArray
             * @instance
             */
            EntityExtensionDataArray.prototype.extensionData = $util.emptyArray;

            /**
             * Creates a new EntityExtensionDataArray instance using the specified properties.
             * @function create
             * @memberof spotify.extendedmetadata.EntityExtensionDataArray
             * @static
             * @param {spotify.extendedmetadata.EntityExtensionDataArray.$Properties=} [properties] Properties to set
             * @returns {spotify.extendedmetadata.EntityExtensionDataArray} EntityExtensionDataArray instance
             * @type {{
             *   (properties: spotify.extendedmetadata.EntityExtensionDataArray.$Shape): spotify.extendedmetadata.EntityExtensionDataArray & spotify.extendedmetadata.EntityExtensionDataArray.$Shape;
             *   (properties?: spotify.extendedmetadata.EntityExtensionDataArray.$Properties): spotify.extendedmetadata.EntityExtensionDataArray;
             * }}
             */
            EntityExtensionDataArray.create = function(properties) {
                return new EntityExtensionDataArray(properties);
            };

            /**
             * Encodes the specified EntityExtensionDataArray message. Does not implicitly {@link spotify.extendedmetadata.EntityExtensionDataArray.verify|verify} messages.
             * @function encode
             * @memberof spotify.extendedmetadata.EntityExtensionDataArray
             * @static
             * @param {spotify.extendedmetadata.EntityExtensionDataArray.$Properties} message EntityExtensionDataArray message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EntityExtensionDataArray.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                    $root.spotify.extendedmetadata.EntityExtensionDataArrayHeader.encode(message.header, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.extensionKind != null && $Object.hasOwnProperty.call(message, "extensionKind") && message.extensionKind !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.extensionKind);
                if (message.extensionData != null && message.extensionData.length)
                    for (let i = 0; i < message.extensionData.length; ++i)
                        $root.spotify.extendedmetadata.EntityExtensionData.encode(message.extensionData[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified EntityExtensionDataArray message, length delimited. Does not implicitly {@link spotify.extendedmetadata.EntityExtensionDataArray.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.extendedmetadata.EntityExtensionDataArray
             * @static
             * @param {spotify.extendedmetadata.EntityExtensionDataArray.$Properties} message EntityExtensionDataArray message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EntityExtensionDataArray.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an EntityExtensionDataArray message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.extendedmetadata.EntityExtensionDataArray
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.extendedmetadata.EntityExtensionDataArray & spotify.extendedmetadata.EntityExtensionDataArray.$Shape} EntityExtensionDataArray
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EntityExtensionDataArray.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.spotify.extendedmetadata.EntityExtensionDataArray();
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
                            message.header = $root.spotify.extendedmetadata.EntityExtensionDataArrayHeader.decode(reader, reader.size(), $undefined, _depth + 1, message.header);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.extensionKind = value;
                            else
                                delete message.extensionKind;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.extensionData && message.extensionData.length))
                                message.extensionData = [];
                            message.extensionData.push($root.spotify.extendedmetadata.EntityExtensionData.decode(reader, reader.size(), $undefined, _depth + 1));
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
             * Decodes an EntityExtensionDataArray message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.extendedmetadata.EntityExtensionDataArray
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.extendedmetadata.EntityExtensionDataArray & spotify.extendedmetadata.EntityExtensionDataArray.$Shape} EntityExtensionDataArray
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EntityExtensionDataArray.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an EntityExtensionDataArray message.
             * @function verify
             * @memberof spotify.extendedmetadata.EntityExtensionDataArray
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            EntityExtensionDataArray.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.header != null && $Object.hasOwnProperty.call(message, "header")) {
                    let error = $root.spotify.extendedmetadata.EntityExtensionDataArrayHeader.verify(message.header, _depth + 1);
                    if (error)
                        return "header." + error;
                }
                if (message.extensionKind != null && $Object.hasOwnProperty.call(message, "extensionKind"))
                    if (typeof message.extensionKind !== "number" || (message.extensionKind | 0) !== message.extensionKind)
                        return "extensionKind: enum value expected";
                if (message.extensionData != null && $Object.hasOwnProperty.call(message, "extensionData")) {
                    if (!$Array.isArray(message.extensionData))
                        return "extensionData: array expected";
                    for (let i = 0; i < message.extensionData.length; ++i) {
                        let error = $root.spotify.extendedmetadata.EntityExtensionData.verify(message.extensionData[i], _depth + 1);
                        if (error)
                            return "extensionData." + error;
                    }
                }
                return null;
            };

            /**
             * Creates an EntityExtensionDataArray message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.extendedmetadata.EntityExtensionDataArray
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.extendedmetadata.EntityExtensionDataArray} EntityExtensionDataArray
             */
            EntityExtensionDataArray.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.extendedmetadata.EntityExtensionDataArray)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.extendedmetadata.EntityExtensionDataArray: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.spotify.extendedmetadata.EntityExtensionDataArray();
                if (object.header != null) {
                    if (!$util.isObject(object.header))
                        throw $TypeError(".spotify.extendedmetadata.EntityExtensionDataArray.header: object expected");
                    message.header = $root.spotify.extendedmetadata.EntityExtensionDataArrayHeader.fromObject(object.header, _depth + 1);
                }
                if (object.extensionKind !== 0 && (typeof object.extensionKind !== "string" || $root.spotify.extendedmetadata.ExtensionKind[object.extensionKind] !== 0))
                    switch (object.extensionKind) {
                    case "UNKNOWN_EXTENSION":
                    case 0:
                        message.extensionKind = 0;
                        break;
                    case "AUDIO_FILES":
                    case 5:
                        message.extensionKind = 5;
                        break;
                    case "TRACK_V4":
                    case 10:
                        message.extensionKind = 10;
                        break;
                    case "EPISODE_V4":
                    case 12:
                        message.extensionKind = 12;
                        break;
                    default:
                        if (typeof object.extensionKind === "number" && (object.extensionKind | 0) === object.extensionKind)
                            message.extensionKind = object.extensionKind;
                    }
                if (object.extensionData) {
                    if (!$Array.isArray(object.extensionData))
                        throw $TypeError(".spotify.extendedmetadata.EntityExtensionDataArray.extensionData: array expected");
                    message.extensionData = $Array(object.extensionData.length);
                    for (let i = 0; i < object.extensionData.length; ++i) {
                        if (!$util.isObject(object.extensionData[i]))
                            throw $TypeError(".spotify.extendedmetadata.EntityExtensionDataArray.extensionData: object expected");
                        message.extensionData[i] = $root.spotify.extendedmetadata.EntityExtensionData.fromObject(object.extensionData[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from an EntityExtensionDataArray message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.extendedmetadata.EntityExtensionDataArray
             * @static
             * @param {spotify.extendedmetadata.EntityExtensionDataArray} message EntityExtensionDataArray
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            EntityExtensionDataArray.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.extensionData = [];
                if (options.defaults) {
                    object.header = null;
                    object.extensionKind = options.enums === $String ? "UNKNOWN_EXTENSION" : 0;
                }
                if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                    object.header = $root.spotify.extendedmetadata.EntityExtensionDataArrayHeader.toObject(message.header, options, _depth + 1);
                if (message.extensionKind != null && $Object.hasOwnProperty.call(message, "extensionKind"))
                    object.extensionKind = options.enums === $String ? $root.spotify.extendedmetadata.ExtensionKind[message.extensionKind] === $undefined ? message.extensionKind : $root.spotify.extendedmetadata.ExtensionKind[message.extensionKind] : message.extensionKind;
                if (message.extensionData && message.extensionData.length) {
                    object.extensionData = $Array(message.extensionData.length);
                    for (let j = 0; j < message.extensionData.length; ++j)
                        object.extensionData[j] = $root.spotify.extendedmetadata.EntityExtensionData.toObject(message.extensionData[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this EntityExtensionDataArray to JSON.
             * @function toJSON
             * @memberof spotify.extendedmetadata.EntityExtensionDataArray
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            EntityExtensionDataArray.prototype.toJSON = function() {
                return EntityExtensionDataArray.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for EntityExtensionDataArray
             * @function getTypeUrl
             * @memberof spotify.extendedmetadata.EntityExtensionDataArray
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            EntityExtensionDataArray.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.extendedmetadata.EntityExtensionDataArray";
            };

            return EntityExtensionDataArray;
        })();

        extendedmetadata.BatchedExtensionResponseHeader = (function() {

            /**
             * Properties of a BatchedExtensionResponseHeader.
             * @typedef {Object} spotify.extendedmetadata.BatchedExtensionResponseHeader.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BatchedExtensionResponseHeader.
             * @memberof spotify.extendedmetadata
             * @interface IBatchedExtensionResponseHeader
             * @augments spotify.extendedmetadata.BatchedExtensionResponseHeader.$Properties
             * @deprecated Use spotify.extendedmetadata.BatchedExtensionResponseHeader.$Properties instead.
             */

            /**
             * Shape of a BatchedExtensionResponseHeader.
             * @typedef {spotify.extendedmetadata.BatchedExtensionResponseHeader.$Properties} spotify.extendedmetadata.BatchedExtensionResponseHeader.$Shape
             */

            /**
             * Constructs a new BatchedExtensionResponseHeader.
             * @memberof spotify.extendedmetadata
             * @classdesc Represents a BatchedExtensionResponseHeader.
             * @constructor
             * @param {spotify.extendedmetadata.BatchedExtensionResponseHeader.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BatchedExtensionResponseHeader = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new BatchedExtensionResponseHeader instance using the specified properties.
             * @function create
             * @memberof spotify.extendedmetadata.BatchedExtensionResponseHeader
             * @static
             * @param {spotify.extendedmetadata.BatchedExtensionResponseHeader.$Properties=} [properties] Properties to set
             * @returns {spotify.extendedmetadata.BatchedExtensionResponseHeader} BatchedExtensionResponseHeader instance
             * @type {{
             *   (properties: spotify.extendedmetadata.BatchedExtensionResponseHeader.$Shape): spotify.extendedmetadata.BatchedExtensionResponseHeader & spotify.extendedmetadata.BatchedExtensionResponseHeader.$Shape;
             *   (properties?: spotify.extendedmetadata.BatchedExtensionResponseHeader.$Properties): spotify.extendedmetadata.BatchedExtensionResponseHeader;
             * }}
             */
            BatchedExtensionResponseHeader.create = function(properties) {
                return new BatchedExtensionResponseHeader(properties);
            };

            /**
             * Encodes the specified BatchedExtensionResponseHeader message. Does not implicitly {@link spotify.extendedmetadata.BatchedExtensionResponseHeader.verify|verify} messages.
             * @function encode
             * @memberof spotify.extendedmetadata.BatchedExtensionResponseHeader
             * @static
             * @param {spotify.extendedmetadata.BatchedExtensionResponseHeader.$Properties} message BatchedExtensionResponseHeader message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BatchedExtensionResponseHeader.encode = function (message, writer, _depth) {
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
             * Encodes the specified BatchedExtensionResponseHeader message, length delimited. Does not implicitly {@link spotify.extendedmetadata.BatchedExtensionResponseHeader.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.extendedmetadata.BatchedExtensionResponseHeader
             * @static
             * @param {spotify.extendedmetadata.BatchedExtensionResponseHeader.$Properties} message BatchedExtensionResponseHeader message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BatchedExtensionResponseHeader.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a BatchedExtensionResponseHeader message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.extendedmetadata.BatchedExtensionResponseHeader
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.extendedmetadata.BatchedExtensionResponseHeader & spotify.extendedmetadata.BatchedExtensionResponseHeader.$Shape} BatchedExtensionResponseHeader
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BatchedExtensionResponseHeader.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.spotify.extendedmetadata.BatchedExtensionResponseHeader();
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
             * Decodes a BatchedExtensionResponseHeader message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.extendedmetadata.BatchedExtensionResponseHeader
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.extendedmetadata.BatchedExtensionResponseHeader & spotify.extendedmetadata.BatchedExtensionResponseHeader.$Shape} BatchedExtensionResponseHeader
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BatchedExtensionResponseHeader.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a BatchedExtensionResponseHeader message.
             * @function verify
             * @memberof spotify.extendedmetadata.BatchedExtensionResponseHeader
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            BatchedExtensionResponseHeader.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            /**
             * Creates a BatchedExtensionResponseHeader message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.extendedmetadata.BatchedExtensionResponseHeader
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.extendedmetadata.BatchedExtensionResponseHeader} BatchedExtensionResponseHeader
             */
            BatchedExtensionResponseHeader.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.extendedmetadata.BatchedExtensionResponseHeader)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.extendedmetadata.BatchedExtensionResponseHeader: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.spotify.extendedmetadata.BatchedExtensionResponseHeader();
            };

            /**
             * Creates a plain object from a BatchedExtensionResponseHeader message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.extendedmetadata.BatchedExtensionResponseHeader
             * @static
             * @param {spotify.extendedmetadata.BatchedExtensionResponseHeader} message BatchedExtensionResponseHeader
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            BatchedExtensionResponseHeader.toObject = function () {
                return {};
            };

            /**
             * Converts this BatchedExtensionResponseHeader to JSON.
             * @function toJSON
             * @memberof spotify.extendedmetadata.BatchedExtensionResponseHeader
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            BatchedExtensionResponseHeader.prototype.toJSON = function() {
                return BatchedExtensionResponseHeader.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for BatchedExtensionResponseHeader
             * @function getTypeUrl
             * @memberof spotify.extendedmetadata.BatchedExtensionResponseHeader
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            BatchedExtensionResponseHeader.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.extendedmetadata.BatchedExtensionResponseHeader";
            };

            return BatchedExtensionResponseHeader;
        })();

        extendedmetadata.BatchedExtensionResponse = (function() {

            /**
             * Properties of a BatchedExtensionResponse.
             * @typedef {Object} spotify.extendedmetadata.BatchedExtensionResponse.$Properties
             * @property {spotify.extendedmetadata.BatchedExtensionResponseHeader.$Properties|null} [header] BatchedExtensionResponse header
             * @property {Array.<spotify.extendedmetadata.EntityExtensionDataArray.$Properties>|null} [extendedMetadata] BatchedExtensionResponse extendedMetadata
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BatchedExtensionResponse.
             * @memberof spotify.extendedmetadata
             * @interface IBatchedExtensionResponse
             * @augments spotify.extendedmetadata.BatchedExtensionResponse.$Properties
             * @deprecated Use spotify.extendedmetadata.BatchedExtensionResponse.$Properties instead.
             */

            /**
             * Shape of a BatchedExtensionResponse.
             * @typedef {spotify.extendedmetadata.BatchedExtensionResponse.$Properties} spotify.extendedmetadata.BatchedExtensionResponse.$Shape
             */

            /**
             * Constructs a new BatchedExtensionResponse.
             * @memberof spotify.extendedmetadata
             * @classdesc Represents a BatchedExtensionResponse.
             * @constructor
             * @param {spotify.extendedmetadata.BatchedExtensionResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BatchedExtensionResponse = function (properties) {
                this.extendedMetadata = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BatchedExtensionResponse header.
             * @member {spotify.extendedmetadata.BatchedExtensionResponseHeader.$Properties|null|undefined} header
             * @memberof spotify.extendedmetadata.BatchedExtensionResponse
             * @instance
             */
            BatchedExtensionResponse.prototype.header = null;

            /**
             * BatchedExtensionResponse extendedMetadata.
             * @member {Array.<spotify.extendedmetadata.EntityExtensionDataArray.$Properties>} extendedMetadata
             * @memberof spotify.extendedmetadata.BatchedExtensionResponse
             * @instance
             */
            BatchedExtensionResponse.prototype.extendedMetadata = $util.emptyArray;

            /**
             * Creates a new BatchedExtensionResponse instance using the specified properties.
             * @function create
             * @memberof spotify.extendedmetadata.BatchedExtensionResponse
             * @static
             * @param {spotify.extendedmetadata.BatchedExtensionResponse.$Properties=} [properties] Properties to set
             * @returns {spotify.extendedmetadata.BatchedExtensionResponse} BatchedExtensionResponse instance
             * @type {{
             *   (properties: spotify.extendedmetadata.BatchedExtensionResponse.$Shape): spotify.extendedmetadata.BatchedExtensionResponse & spotify.extendedmetadata.BatchedExtensionResponse.$Shape;
             *   (properties?: spotify.extendedmetadata.BatchedExtensionResponse.$Properties): spotify.extendedmetadata.BatchedExtensionResponse;
             * }}
             */
            BatchedExtensionResponse.create = function(properties) {
                return new BatchedExtensionResponse(properties);
            };

            /**
             * Encodes the specified BatchedExtensionResponse message. Does not implicitly {@link spotify.extendedmetadata.BatchedExtensionResponse.verify|verify} messages.
             * @function encode
             * @memberof spotify.extendedmetadata.BatchedExtensionResponse
             * @static
             * @param {spotify.extendedmetadata.BatchedExtensionResponse.$Properties} message BatchedExtensionResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BatchedExtensionResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                    $root.spotify.extendedmetadata.BatchedExtensionResponseHeader.encode(message.header, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.extendedMetadata != null && message.extendedMetadata.length)
                    for (let i = 0; i < message.extendedMetadata.length; ++i)
                        $root.spotify.extendedmetadata.EntityExtensionDataArray.encode(message.extendedMetadata[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified BatchedExtensionResponse message, length delimited. Does not implicitly {@link spotify.extendedmetadata.BatchedExtensionResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.extendedmetadata.BatchedExtensionResponse
             * @static
             * @param {spotify.extendedmetadata.BatchedExtensionResponse.$Properties} message BatchedExtensionResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BatchedExtensionResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a BatchedExtensionResponse message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.extendedmetadata.BatchedExtensionResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.extendedmetadata.BatchedExtensionResponse & spotify.extendedmetadata.BatchedExtensionResponse.$Shape} BatchedExtensionResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BatchedExtensionResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.spotify.extendedmetadata.BatchedExtensionResponse();
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
                            message.header = $root.spotify.extendedmetadata.BatchedExtensionResponseHeader.decode(reader, reader.size(), $undefined, _depth + 1, message.header);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.extendedMetadata && message.extendedMetadata.length))
                                message.extendedMetadata = [];
                            message.extendedMetadata.push($root.spotify.extendedmetadata.EntityExtensionDataArray.decode(reader, reader.size(), $undefined, _depth + 1));
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
             * Decodes a BatchedExtensionResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.extendedmetadata.BatchedExtensionResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.extendedmetadata.BatchedExtensionResponse & spotify.extendedmetadata.BatchedExtensionResponse.$Shape} BatchedExtensionResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BatchedExtensionResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a BatchedExtensionResponse message.
             * @function verify
             * @memberof spotify.extendedmetadata.BatchedExtensionResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            BatchedExtensionResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.header != null && $Object.hasOwnProperty.call(message, "header")) {
                    let error = $root.spotify.extendedmetadata.BatchedExtensionResponseHeader.verify(message.header, _depth + 1);
                    if (error)
                        return "header." + error;
                }
                if (message.extendedMetadata != null && $Object.hasOwnProperty.call(message, "extendedMetadata")) {
                    if (!$Array.isArray(message.extendedMetadata))
                        return "extendedMetadata: array expected";
                    for (let i = 0; i < message.extendedMetadata.length; ++i) {
                        let error = $root.spotify.extendedmetadata.EntityExtensionDataArray.verify(message.extendedMetadata[i], _depth + 1);
                        if (error)
                            return "extendedMetadata." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a BatchedExtensionResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.extendedmetadata.BatchedExtensionResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.extendedmetadata.BatchedExtensionResponse} BatchedExtensionResponse
             */
            BatchedExtensionResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.extendedmetadata.BatchedExtensionResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.extendedmetadata.BatchedExtensionResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.spotify.extendedmetadata.BatchedExtensionResponse();
                if (object.header != null) {
                    if (!$util.isObject(object.header))
                        throw $TypeError(".spotify.extendedmetadata.BatchedExtensionResponse.header: object expected");
                    message.header = $root.spotify.extendedmetadata.BatchedExtensionResponseHeader.fromObject(object.header, _depth + 1);
                }
                if (object.extendedMetadata) {
                    if (!$Array.isArray(object.extendedMetadata))
                        throw $TypeError(".spotify.extendedmetadata.BatchedExtensionResponse.extendedMetadata: array expected");
                    message.extendedMetadata = $Array(object.extendedMetadata.length);
                    for (let i = 0; i < object.extendedMetadata.length; ++i) {
                        if (!$util.isObject(object.extendedMetadata[i]))
                            throw $TypeError(".spotify.extendedmetadata.BatchedExtensionResponse.extendedMetadata: object expected");
                        message.extendedMetadata[i] = $root.spotify.extendedmetadata.EntityExtensionDataArray.fromObject(object.extendedMetadata[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a BatchedExtensionResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.extendedmetadata.BatchedExtensionResponse
             * @static
             * @param {spotify.extendedmetadata.BatchedExtensionResponse} message BatchedExtensionResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            BatchedExtensionResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.extendedMetadata = [];
                if (options.defaults)
                    object.header = null;
                if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                    object.header = $root.spotify.extendedmetadata.BatchedExtensionResponseHeader.toObject(message.header, options, _depth + 1);
                if (message.extendedMetadata && message.extendedMetadata.length) {
                    object.extendedMetadata = $Array(message.extendedMetadata.length);
                    for (let j = 0; j < message.extendedMetadata.length; ++j)
                        object.extendedMetadata[j] = $root.spotify.extendedmetadata.EntityExtensionDataArray.toObject(message.extendedMetadata[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this BatchedExtensionResponse to JSON.
             * @function toJSON
             * @memberof spotify.extendedmetadata.BatchedExtensionResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            BatchedExtensionResponse.prototype.toJSON = function() {
                return BatchedExtensionResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for BatchedExtensionResponse
             * @function getTypeUrl
             * @memberof spotify.extendedmetadata.BatchedExtensionResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            BatchedExtensionResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.extendedmetadata.BatchedExtensionResponse";
            };

            return BatchedExtensionResponse;
        })();

        extendedmetadata.NormalizationParams = (function() {

            /**
             * Properties of a NormalizationParams.
             * @typedef {Object} spotify.extendedmetadata.NormalizationParams.$Properties
             * @property {number|null} [loudnessDb] NormalizationParams loudnessDb
             * @property {number|null} [truePeakDb] NormalizationParams truePeakDb
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NormalizationParams.
             * @memberof spotify.extendedmetadata
             * @interface INormalizationParams
             * @augments spotify.extendedmetadata.NormalizationParams.$Properties
             * @deprecated Use spotify.extendedmetadata.NormalizationParams.$Properties instead.
             */

            /**
             * Shape of a NormalizationParams.
             * @typedef {spotify.extendedmetadata.NormalizationParams.$Properties} spotify.extendedmetadata.NormalizationParams.$Shape
             */

            /**
             * Constructs a new NormalizationParams.
             * @memberof spotify.extendedmetadata
             * @classdesc Represents a NormalizationParams.
             * @constructor
             * @param {spotify.extendedmetadata.NormalizationParams.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NormalizationParams = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NormalizationParams loudnessDb.
             * @member {number} loudnessDb
             * @memberof spotify.extendedmetadata.NormalizationParams
             * @instance
             */
            NormalizationParams.prototype.loudnessDb = 0;

            /**
             * NormalizationParams truePeakDb.
             * @member {number} truePeakDb
             * @memberof spotify.extendedmetadata.NormalizationParams
             * @instance
             */
            NormalizationParams.prototype.truePeakDb = 0;

            /**
             * Creates a new NormalizationParams instance using the specified properties.
             * @function create
             * @memberof spotify.extendedmetadata.NormalizationParams
             * @static
             * @param {spotify.extendedmetadata.NormalizationParams.$Properties=} [properties] Properties to set
             * @returns {spotify.extendedmetadata.NormalizationParams} NormalizationParams instance
             * @type {{
             *   (properties: spotify.extendedmetadata.NormalizationParams.$Shape): spotify.extendedmetadata.NormalizationParams & spotify.extendedmetadata.NormalizationParams.$Shape;
             *   (properties?: spotify.extendedmetadata.NormalizationParams.$Properties): spotify.extendedmetadata.NormalizationParams;
             * }}
             */
            NormalizationParams.create = function(properties) {
                return new NormalizationParams(properties);
            };

            /**
             * Encodes the specified NormalizationParams message. Does not implicitly {@link spotify.extendedmetadata.NormalizationParams.verify|verify} messages.
             * @function encode
             * @memberof spotify.extendedmetadata.NormalizationParams
             * @static
             * @param {spotify.extendedmetadata.NormalizationParams.$Properties} message NormalizationParams message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NormalizationParams.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.loudnessDb != null && $Object.hasOwnProperty.call(message, "loudnessDb") && !$Object.is(message.loudnessDb, 0))
                    writer.uint32(/* id 1, wireType 5 =*/13).float(message.loudnessDb);
                if (message.truePeakDb != null && $Object.hasOwnProperty.call(message, "truePeakDb") && !$Object.is(message.truePeakDb, 0))
                    writer.uint32(/* id 2, wireType 5 =*/21).float(message.truePeakDb);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified NormalizationParams message, length delimited. Does not implicitly {@link spotify.extendedmetadata.NormalizationParams.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.extendedmetadata.NormalizationParams
             * @static
             * @param {spotify.extendedmetadata.NormalizationParams.$Properties} message NormalizationParams message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NormalizationParams.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a NormalizationParams message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.extendedmetadata.NormalizationParams
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.extendedmetadata.NormalizationParams & spotify.extendedmetadata.NormalizationParams.$Shape} NormalizationParams
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NormalizationParams.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.spotify.extendedmetadata.NormalizationParams();
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
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.loudnessDb = value;
                            else
                                delete message.loudnessDb;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.truePeakDb = value;
                            else
                                delete message.truePeakDb;
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
             * Decodes a NormalizationParams message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.extendedmetadata.NormalizationParams
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.extendedmetadata.NormalizationParams & spotify.extendedmetadata.NormalizationParams.$Shape} NormalizationParams
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NormalizationParams.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a NormalizationParams message.
             * @function verify
             * @memberof spotify.extendedmetadata.NormalizationParams
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            NormalizationParams.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.loudnessDb != null && $Object.hasOwnProperty.call(message, "loudnessDb"))
                    if (typeof message.loudnessDb !== "number")
                        return "loudnessDb: number expected";
                if (message.truePeakDb != null && $Object.hasOwnProperty.call(message, "truePeakDb"))
                    if (typeof message.truePeakDb !== "number")
                        return "truePeakDb: number expected";
                return null;
            };

            /**
             * Creates a NormalizationParams message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.extendedmetadata.NormalizationParams
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.extendedmetadata.NormalizationParams} NormalizationParams
             */
            NormalizationParams.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.extendedmetadata.NormalizationParams)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.extendedmetadata.NormalizationParams: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.spotify.extendedmetadata.NormalizationParams();
                if (object.loudnessDb != null)
                    if (!$Object.is($Number(object.loudnessDb), 0))
                        message.loudnessDb = $Number(object.loudnessDb);
                if (object.truePeakDb != null)
                    if (!$Object.is($Number(object.truePeakDb), 0))
                        message.truePeakDb = $Number(object.truePeakDb);
                return message;
            };

            /**
             * Creates a plain object from a NormalizationParams message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.extendedmetadata.NormalizationParams
             * @static
             * @param {spotify.extendedmetadata.NormalizationParams} message NormalizationParams
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NormalizationParams.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.loudnessDb = 0;
                    object.truePeakDb = 0;
                }
                if (message.loudnessDb != null && $Object.hasOwnProperty.call(message, "loudnessDb"))
                    object.loudnessDb = options.json && !$isFinite(message.loudnessDb) ? $String(message.loudnessDb) : message.loudnessDb;
                if (message.truePeakDb != null && $Object.hasOwnProperty.call(message, "truePeakDb"))
                    object.truePeakDb = options.json && !$isFinite(message.truePeakDb) ? $String(message.truePeakDb) : message.truePeakDb;
                return object;
            };

            /**
             * Converts this NormalizationParams to JSON.
             * @function toJSON
             * @memberof spotify.extendedmetadata.NormalizationParams
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NormalizationParams.prototype.toJSON = function() {
                return NormalizationParams.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for NormalizationParams
             * @function getTypeUrl
             * @memberof spotify.extendedmetadata.NormalizationParams
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            NormalizationParams.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.extendedmetadata.NormalizationParams";
            };

            return NormalizationParams;
        })();

        extendedmetadata.ExtendedAudioFile = (function() {

            /**
             * Properties of an ExtendedAudioFile.
             * @typedef {Object} spotify.extendedmetadata.ExtendedAudioFile.$Properties
             * @property {spotify.metadata.AudioFile.$Properties|null} [file] ExtendedAudioFile file
             * @property {number|null} [averageBitrate] ExtendedAudioFile averageBitrate
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ExtendedAudioFile.
             * @memberof spotify.extendedmetadata
             * @interface IExtendedAudioFile
             * @augments spotify.extendedmetadata.ExtendedAudioFile.$Properties
             * @deprecated Use spotify.extendedmetadata.ExtendedAudioFile.$Properties instead.
             */

            /**
             * Shape of an ExtendedAudioFile.
             * @typedef {spotify.extendedmetadata.ExtendedAudioFile.$Properties} spotify.extendedmetadata.ExtendedAudioFile.$Shape
             */

            /**
             * Constructs a new ExtendedAudioFile.
             * @memberof spotify.extendedmetadata
             * @classdesc Represents an ExtendedAudioFile.
             * @constructor
             * @param {spotify.extendedmetadata.ExtendedAudioFile.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ExtendedAudioFile = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ExtendedAudioFile file.
             * @member {spotify.metadata.AudioFile.$Properties|null|undefined} file
             * @memberof spotify.extendedmetadata.ExtendedAudioFile
             * @instance
             */
            ExtendedAudioFile.prototype.file = null;

            /**
             * ExtendedAudioFile averageBitrate.
             * @member {number} averageBitrate
             * @memberof spotify.extendedmetadata.ExtendedAudioFile
             * @instance
             */
            ExtendedAudioFile.prototype.averageBitrate = 0;

            /**
             * Creates a new ExtendedAudioFile instance using the specified properties.
             * @function create
             * @memberof spotify.extendedmetadata.ExtendedAudioFile
             * @static
             * @param {spotify.extendedmetadata.ExtendedAudioFile.$Properties=} [properties] Properties to set
             * @returns {spotify.extendedmetadata.ExtendedAudioFile} ExtendedAudioFile instance
             * @type {{
             *   (properties: spotify.extendedmetadata.ExtendedAudioFile.$Shape): spotify.extendedmetadata.ExtendedAudioFile & spotify.extendedmetadata.ExtendedAudioFile.$Shape;
             *   (properties?: spotify.extendedmetadata.ExtendedAudioFile.$Properties): spotify.extendedmetadata.ExtendedAudioFile;
             * }}
             */
            ExtendedAudioFile.create = function(properties) {
                return new ExtendedAudioFile(properties);
            };

            /**
             * Encodes the specified ExtendedAudioFile message. Does not implicitly {@link spotify.extendedmetadata.ExtendedAudioFile.verify|verify} messages.
             * @function encode
             * @memberof spotify.extendedmetadata.ExtendedAudioFile
             * @static
             * @param {spotify.extendedmetadata.ExtendedAudioFile.$Properties} message ExtendedAudioFile message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ExtendedAudioFile.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.file != null && $Object.hasOwnProperty.call(message, "file"))
                    $root.spotify.metadata.AudioFile.encode(message.file, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.averageBitrate != null && $Object.hasOwnProperty.call(message, "averageBitrate") && message.averageBitrate !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.averageBitrate);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ExtendedAudioFile message, length delimited. Does not implicitly {@link spotify.extendedmetadata.ExtendedAudioFile.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.extendedmetadata.ExtendedAudioFile
             * @static
             * @param {spotify.extendedmetadata.ExtendedAudioFile.$Properties} message ExtendedAudioFile message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ExtendedAudioFile.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an ExtendedAudioFile message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.extendedmetadata.ExtendedAudioFile
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.extendedmetadata.ExtendedAudioFile & spotify.extendedmetadata.ExtendedAudioFile.$Shape} ExtendedAudioFile
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ExtendedAudioFile.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.spotify.extendedmetadata.ExtendedAudioFile();
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
                            message.file = $root.spotify.metadata.AudioFile.decode(reader, reader.size(), $undefined, _depth + 1, message.file);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.averageBitrate = value;
                            else
                                delete message.averageBitrate;
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
             * Decodes an ExtendedAudioFile message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.extendedmetadata.ExtendedAudioFile
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.extendedmetadata.ExtendedAudioFile & spotify.extendedmetadata.ExtendedAudioFile.$Shape} ExtendedAudioFile
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ExtendedAudioFile.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an ExtendedAudioFile message.
             * @function verify
             * @memberof spotify.extendedmetadata.ExtendedAudioFile
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ExtendedAudioFile.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.file != null && $Object.hasOwnProperty.call(message, "file")) {
                    let error = $root.spotify.metadata.AudioFile.verify(message.file, _depth + 1);
                    if (error)
                        return "file." + error;
                }
                if (message.averageBitrate != null && $Object.hasOwnProperty.call(message, "averageBitrate"))
                    if (!$util.isInteger(message.averageBitrate))
                        return "averageBitrate: integer expected";
                return null;
            };

            /**
             * Creates an ExtendedAudioFile message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.extendedmetadata.ExtendedAudioFile
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.extendedmetadata.ExtendedAudioFile} ExtendedAudioFile
             */
            ExtendedAudioFile.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.extendedmetadata.ExtendedAudioFile)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.extendedmetadata.ExtendedAudioFile: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.spotify.extendedmetadata.ExtendedAudioFile();
                if (object.file != null) {
                    if (!$util.isObject(object.file))
                        throw $TypeError(".spotify.extendedmetadata.ExtendedAudioFile.file: object expected");
                    message.file = $root.spotify.metadata.AudioFile.fromObject(object.file, _depth + 1);
                }
                if (object.averageBitrate != null)
                    if ($Number(object.averageBitrate) !== 0)
                        message.averageBitrate = object.averageBitrate | 0;
                return message;
            };

            /**
             * Creates a plain object from an ExtendedAudioFile message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.extendedmetadata.ExtendedAudioFile
             * @static
             * @param {spotify.extendedmetadata.ExtendedAudioFile} message ExtendedAudioFile
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ExtendedAudioFile.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.file = null;
                    object.averageBitrate = 0;
                }
                if (message.file != null && $Object.hasOwnProperty.call(message, "file"))
                    object.file = $root.spotify.metadata.AudioFile.toObject(message.file, options, _depth + 1);
                if (message.averageBitrate != null && $Object.hasOwnProperty.call(message, "averageBitrate"))
                    object.averageBitrate = message.averageBitrate;
                return object;
            };

            /**
             * Converts this ExtendedAudioFile to JSON.
             * @function toJSON
             * @memberof spotify.extendedmetadata.ExtendedAudioFile
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ExtendedAudioFile.prototype.toJSON = function() {
                return ExtendedAudioFile.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ExtendedAudioFile
             * @function getTypeUrl
             * @memberof spotify.extendedmetadata.ExtendedAudioFile
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ExtendedAudioFile.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.extendedmetadata.ExtendedAudioFile";
            };

            return ExtendedAudioFile;
        })();

        extendedmetadata.AudioFilesExtensionResponse = (function() {

            /**
             * Properties of an AudioFilesExtensionResponse.
             * @typedef {Object} spotify.extendedmetadata.AudioFilesExtensionResponse.$Properties
             * @property {Array.<spotify.extendedmetadata.ExtendedAudioFile.$Properties>|null} [files] AudioFilesExtensionResponse files
             * @property {spotify.extendedmetadata.NormalizationParams.$Properties|null} [defaultFileNormalizationParams] AudioFilesExtensionResponse defaultFileNormalizationParams
             * @property {spotify.extendedmetadata.NormalizationParams.$Properties|null} [defaultAlbumNormalizationParams] AudioFilesExtensionResponse defaultAlbumNormalizationParams
             * @property {Uint8Array|null} [audioId] AudioFilesExtensionResponse audioId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AudioFilesExtensionResponse.
             * @memberof spotify.extendedmetadata
             * @interface IAudioFilesExtensionResponse
             * @augments spotify.extendedmetadata.AudioFilesExtensionResponse.$Properties
             * @deprecated Use spotify.extendedmetadata.AudioFilesExtensionResponse.$Properties instead.
             */

            /**
             * Shape of an AudioFilesExtensionResponse.
             * @typedef {spotify.extendedmetadata.AudioFilesExtensionResponse.$Properties} spotify.extendedmetadata.AudioFilesExtensionResponse.$Shape
             */

            /**
             * Constructs a new AudioFilesExtensionResponse.
             * @memberof spotify.extendedmetadata
             * @classdesc Represents an AudioFilesExtensionResponse.
             * @constructor
             * @param {spotify.extendedmetadata.AudioFilesExtensionResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AudioFilesExtensionResponse = function (properties) {
                this.files = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AudioFilesExtensionResponse files.
             * @member {Array.<spotify.extendedmetadata.ExtendedAudioFile.$Properties>} files
             * @memberof spotify.extendedmetadata.AudioFilesExtensionResponse
             * @instance
             */
            AudioFilesExtensionResponse.prototype.files = $util.emptyArray;

            /**
             * AudioFilesExtensionResponse defaultFileNormalizationParams.
             * @member {spotify.extendedmetadata.NormalizationParams.$Properties|null|undefined} defaultFileNormalizationParams
             * @memberof spotify.extendedmetadata.AudioFilesExtensionResponse
             * @instance
             */
            AudioFilesExtensionResponse.prototype.defaultFileNormalizationParams = null;

            /**
             * AudioFilesExtensionResponse defaultAlbumNormalizationParams.
             * @member {spotify.extendedmetadata.NormalizationParams.$Properties|null|undefined} defaultAlbumNormalizationParams
             * @memberof spotify.extendedmetadata.AudioFilesExtensionResponse
             * @instance
             */
            AudioFilesExtensionResponse.prototype.defaultAlbumNormalizationParams = null;

            /**
             * AudioFilesExtensionResponse audioId.
             * @member {Uint8Array} audioId
             * @memberof spotify.extendedmetadata.AudioFilesExtensionResponse
             * @instance
             */
            AudioFilesExtensionResponse.prototype.audioId = $util.newBuffer([]);

            /**
             * Creates a new AudioFilesExtensionResponse instance using the specified properties.
             * @function create
             * @memberof spotify.extendedmetadata.AudioFilesExtensionResponse
             * @static
             * @param {spotify.extendedmetadata.AudioFilesExtensionResponse.$Properties=} [properties] Properties to set
             * @returns {spotify.extendedmetadata.AudioFilesExtensionResponse} AudioFilesExtensionResponse instance
             * @type {{
             *   (properties: spotify.extendedmetadata.AudioFilesExtensionResponse.$Shape): spotify.extendedmetadata.AudioFilesExtensionResponse & spotify.extendedmetadata.AudioFilesExtensionResponse.$Shape;
             *   (properties?: spotify.extendedmetadata.AudioFilesExtensionResponse.$Properties): spotify.extendedmetadata.AudioFilesExtensionResponse;
             * }}
             */
            AudioFilesExtensionResponse.create = function(properties) {
                return new AudioFilesExtensionResponse(properties);
            };

            /**
             * Encodes the specified AudioFilesExtensionResponse message. Does not implicitly {@link spotify.extendedmetadata.AudioFilesExtensionResponse.verify|verify} messages.
             * @function encode
             * @memberof spotify.extendedmetadata.AudioFilesExtensionResponse
             * @static
             * @param {spotify.extendedmetadata.AudioFilesExtensionResponse.$Properties} message AudioFilesExtensionResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AudioFilesExtensionResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.files != null && message.files.length)
                    for (let i = 0; i < message.files.length; ++i)
                        $root.spotify.extendedmetadata.ExtendedAudioFile.encode(message.files[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.defaultFileNormalizationParams != null && $Object.hasOwnProperty.call(message, "defaultFileNormalizationParams"))
                    $root.spotify.extendedmetadata.NormalizationParams.encode(message.defaultFileNormalizationParams, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.defaultAlbumNormalizationParams != null && $Object.hasOwnProperty.call(message, "defaultAlbumNormalizationParams"))
                    $root.spotify.extendedmetadata.NormalizationParams.encode(message.defaultAlbumNormalizationParams, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.audioId != null && $Object.hasOwnProperty.call(message, "audioId") && message.audioId.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.audioId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified AudioFilesExtensionResponse message, length delimited. Does not implicitly {@link spotify.extendedmetadata.AudioFilesExtensionResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.extendedmetadata.AudioFilesExtensionResponse
             * @static
             * @param {spotify.extendedmetadata.AudioFilesExtensionResponse.$Properties} message AudioFilesExtensionResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AudioFilesExtensionResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an AudioFilesExtensionResponse message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.extendedmetadata.AudioFilesExtensionResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.extendedmetadata.AudioFilesExtensionResponse & spotify.extendedmetadata.AudioFilesExtensionResponse.$Shape} AudioFilesExtensionResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AudioFilesExtensionResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.spotify.extendedmetadata.AudioFilesExtensionResponse();
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
                            if (!(message.files && message.files.length))
                                message.files = [];
                            message.files.push($root.spotify.extendedmetadata.ExtendedAudioFile.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.defaultFileNormalizationParams = $root.spotify.extendedmetadata.NormalizationParams.decode(reader, reader.size(), $undefined, _depth + 1, message.defaultFileNormalizationParams);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.defaultAlbumNormalizationParams = $root.spotify.extendedmetadata.NormalizationParams.decode(reader, reader.size(), $undefined, _depth + 1, message.defaultAlbumNormalizationParams);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.audioId = value;
                            else
                                delete message.audioId;
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
             * Decodes an AudioFilesExtensionResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.extendedmetadata.AudioFilesExtensionResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.extendedmetadata.AudioFilesExtensionResponse & spotify.extendedmetadata.AudioFilesExtensionResponse.$Shape} AudioFilesExtensionResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AudioFilesExtensionResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an AudioFilesExtensionResponse message.
             * @function verify
             * @memberof spotify.extendedmetadata.AudioFilesExtensionResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AudioFilesExtensionResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.files != null && $Object.hasOwnProperty.call(message, "files")) {
                    if (!$Array.isArray(message.files))
                        return "files: array expected";
                    for (let i = 0; i < message.files.length; ++i) {
                        let error = $root.spotify.extendedmetadata.ExtendedAudioFile.verify(message.files[i], _depth + 1);
                        if (error)
                            return "files." + error;
                    }
                }
                if (message.defaultFileNormalizationParams != null && $Object.hasOwnProperty.call(message, "defaultFileNormalizationParams")) {
                    let error = $root.spotify.extendedmetadata.NormalizationParams.verify(message.defaultFileNormalizationParams, _depth + 1);
                    if (error)
                        return "defaultFileNormalizationParams." + error;
                }
                if (message.defaultAlbumNormalizationParams != null && $Object.hasOwnProperty.call(message, "defaultAlbumNormalizationParams")) {
                    let error = $root.spotify.extendedmetadata.NormalizationParams.verify(message.defaultAlbumNormalizationParams, _depth + 1);
                    if (error)
                        return "defaultAlbumNormalizationParams." + error;
                }
                if (message.audioId != null && $Object.hasOwnProperty.call(message, "audioId"))
                    if (!(message.audioId && typeof message.audioId.length === "number" || $util.isString(message.audioId)))
                        return "audioId: buffer expected";
                return null;
            };

            /**
             * Creates an AudioFilesExtensionResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.extendedmetadata.AudioFilesExtensionResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.extendedmetadata.AudioFilesExtensionResponse} AudioFilesExtensionResponse
             */
            AudioFilesExtensionResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.extendedmetadata.AudioFilesExtensionResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.extendedmetadata.AudioFilesExtensionResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.spotify.extendedmetadata.AudioFilesExtensionResponse();
                if (object.files) {
                    if (!$Array.isArray(object.files))
                        throw $TypeError(".spotify.extendedmetadata.AudioFilesExtensionResponse.files: array expected");
                    message.files = $Array(object.files.length);
                    for (let i = 0; i < object.files.length; ++i) {
                        if (!$util.isObject(object.files[i]))
                            throw $TypeError(".spotify.extendedmetadata.AudioFilesExtensionResponse.files: object expected");
                        message.files[i] = $root.spotify.extendedmetadata.ExtendedAudioFile.fromObject(object.files[i], _depth + 1);
                    }
                }
                if (object.defaultFileNormalizationParams != null) {
                    if (!$util.isObject(object.defaultFileNormalizationParams))
                        throw $TypeError(".spotify.extendedmetadata.AudioFilesExtensionResponse.defaultFileNormalizationParams: object expected");
                    message.defaultFileNormalizationParams = $root.spotify.extendedmetadata.NormalizationParams.fromObject(object.defaultFileNormalizationParams, _depth + 1);
                }
                if (object.defaultAlbumNormalizationParams != null) {
                    if (!$util.isObject(object.defaultAlbumNormalizationParams))
                        throw $TypeError(".spotify.extendedmetadata.AudioFilesExtensionResponse.defaultAlbumNormalizationParams: object expected");
                    message.defaultAlbumNormalizationParams = $root.spotify.extendedmetadata.NormalizationParams.fromObject(object.defaultAlbumNormalizationParams, _depth + 1);
                }
                if (object.audioId != null)
                    if (object.audioId.length)
                        if (typeof object.audioId === "string")
                            $util.base64.decode(object.audioId, message.audioId = $util.newBuffer($util.base64.length(object.audioId)), 0);
                        else if (object.audioId.length >= 0)
                            message.audioId = object.audioId;
                return message;
            };

            /**
             * Creates a plain object from an AudioFilesExtensionResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.extendedmetadata.AudioFilesExtensionResponse
             * @static
             * @param {spotify.extendedmetadata.AudioFilesExtensionResponse} message AudioFilesExtensionResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AudioFilesExtensionResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.files = [];
                if (options.defaults) {
                    object.defaultFileNormalizationParams = null;
                    object.defaultAlbumNormalizationParams = null;
                    if (options.bytes === $String)
                        object.audioId = "";
                    else {
                        object.audioId = [];
                        if (options.bytes !== $Array)
                            object.audioId = $util.newBuffer(object.audioId);
                    }
                }
                if (message.files && message.files.length) {
                    object.files = $Array(message.files.length);
                    for (let j = 0; j < message.files.length; ++j)
                        object.files[j] = $root.spotify.extendedmetadata.ExtendedAudioFile.toObject(message.files[j], options, _depth + 1);
                }
                if (message.defaultFileNormalizationParams != null && $Object.hasOwnProperty.call(message, "defaultFileNormalizationParams"))
                    object.defaultFileNormalizationParams = $root.spotify.extendedmetadata.NormalizationParams.toObject(message.defaultFileNormalizationParams, options, _depth + 1);
                if (message.defaultAlbumNormalizationParams != null && $Object.hasOwnProperty.call(message, "defaultAlbumNormalizationParams"))
                    object.defaultAlbumNormalizationParams = $root.spotify.extendedmetadata.NormalizationParams.toObject(message.defaultAlbumNormalizationParams, options, _depth + 1);
                if (message.audioId != null && $Object.hasOwnProperty.call(message, "audioId"))
                    object.audioId = options.bytes === $String ? $util.base64.encode(message.audioId, 0, message.audioId.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.audioId) : message.audioId;
                return object;
            };

            /**
             * Converts this AudioFilesExtensionResponse to JSON.
             * @function toJSON
             * @memberof spotify.extendedmetadata.AudioFilesExtensionResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AudioFilesExtensionResponse.prototype.toJSON = function() {
                return AudioFilesExtensionResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AudioFilesExtensionResponse
             * @function getTypeUrl
             * @memberof spotify.extendedmetadata.AudioFilesExtensionResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AudioFilesExtensionResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.extendedmetadata.AudioFilesExtensionResponse";
            };

            return AudioFilesExtensionResponse;
        })();

        return extendedmetadata;
    })();

    spotify.metadata = (function() {

        /**
         * Namespace metadata.
         * @memberof spotify
         * @namespace
         */
        const metadata = {};

        metadata.AudioFile = (function() {

            /**
             * Properties of an AudioFile.
             * @typedef {Object} spotify.metadata.AudioFile.$Properties
             * @property {Uint8Array|null} [fileId] AudioFile fileId
             * @property {spotify.metadata.AudioFile.Format|null} [format] AudioFile format
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AudioFile.
             * @memberof spotify.metadata
             * @interface IAudioFile
             * @augments spotify.metadata.AudioFile.$Properties
             * @deprecated Use spotify.metadata.AudioFile.$Properties instead.
             */

            /**
             * Shape of an AudioFile.
             * @typedef {spotify.metadata.AudioFile.$Properties} spotify.metadata.AudioFile.$Shape
             */

            /**
             * Constructs a new AudioFile.
             * @memberof spotify.metadata
             * @classdesc Represents an AudioFile.
             * @constructor
             * @param {spotify.metadata.AudioFile.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AudioFile = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AudioFile fileId.
             * @member {Uint8Array} fileId
             * @memberof spotify.metadata.AudioFile
             * @instance
             */
            AudioFile.prototype.fileId = $util.newBuffer([]);

            /**
             * AudioFile format.
             * @member {spotify.metadata.AudioFile.Format} format
             * @memberof spotify.metadata.AudioFile
             * @instance
             */
            AudioFile.prototype.format = 0;

            /**
             * Creates a new AudioFile instance using the specified properties.
             * @function create
             * @memberof spotify.metadata.AudioFile
             * @static
             * @param {spotify.metadata.AudioFile.$Properties=} [properties] Properties to set
             * @returns {spotify.metadata.AudioFile} AudioFile instance
             * @type {{
             *   (properties: spotify.metadata.AudioFile.$Shape): spotify.metadata.AudioFile & spotify.metadata.AudioFile.$Shape;
             *   (properties?: spotify.metadata.AudioFile.$Properties): spotify.metadata.AudioFile;
             * }}
             */
            AudioFile.create = function(properties) {
                return new AudioFile(properties);
            };

            /**
             * Encodes the specified AudioFile message. Does not implicitly {@link spotify.metadata.AudioFile.verify|verify} messages.
             * @function encode
             * @memberof spotify.metadata.AudioFile
             * @static
             * @param {spotify.metadata.AudioFile.$Properties} message AudioFile message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AudioFile.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.fileId != null && $Object.hasOwnProperty.call(message, "fileId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.fileId);
                if (message.format != null && $Object.hasOwnProperty.call(message, "format"))
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.format);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified AudioFile message, length delimited. Does not implicitly {@link spotify.metadata.AudioFile.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.metadata.AudioFile
             * @static
             * @param {spotify.metadata.AudioFile.$Properties} message AudioFile message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AudioFile.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an AudioFile message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.metadata.AudioFile
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.metadata.AudioFile & spotify.metadata.AudioFile.$Shape} AudioFile
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AudioFile.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.spotify.metadata.AudioFile();
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
                            message.fileId = reader.bytes();
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            value = reader.int32();
                            if ($root.spotify.metadata.AudioFile.Format[value] !== $undefined)
                                message.format = value;
                            else if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
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
             * Decodes an AudioFile message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.metadata.AudioFile
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.metadata.AudioFile & spotify.metadata.AudioFile.$Shape} AudioFile
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AudioFile.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an AudioFile message.
             * @function verify
             * @memberof spotify.metadata.AudioFile
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AudioFile.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.fileId != null && $Object.hasOwnProperty.call(message, "fileId"))
                    if (!(message.fileId && typeof message.fileId.length === "number" || $util.isString(message.fileId)))
                        return "fileId: buffer expected";
                if (message.format != null && $Object.hasOwnProperty.call(message, "format"))
                    switch (message.format) {
                    default:
                        return "format: enum value expected";
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
                    case 10:
                    case 11:
                    case 12:
                    case 13:
                    case 16:
                    case 18:
                    case 19:
                    case 20:
                    case 22:
                        break;
                    }
                return null;
            };

            /**
             * Creates an AudioFile message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.metadata.AudioFile
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.metadata.AudioFile} AudioFile
             */
            AudioFile.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.metadata.AudioFile)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.metadata.AudioFile: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.spotify.metadata.AudioFile();
                if (object.fileId != null)
                    if (typeof object.fileId === "string")
                        $util.base64.decode(object.fileId, message.fileId = $util.newBuffer($util.base64.length(object.fileId)), 0);
                    else if (object.fileId.length >= 0)
                        message.fileId = object.fileId;
                switch (object.format) {
                case "OGG_VORBIS_96":
                case 0:
                    message.format = 0;
                    break;
                case "OGG_VORBIS_160":
                case 1:
                    message.format = 1;
                    break;
                case "OGG_VORBIS_320":
                case 2:
                    message.format = 2;
                    break;
                case "MP3_256":
                case 3:
                    message.format = 3;
                    break;
                case "MP3_320":
                case 4:
                    message.format = 4;
                    break;
                case "MP3_160":
                case 5:
                    message.format = 5;
                    break;
                case "MP3_96":
                case 6:
                    message.format = 6;
                    break;
                case "MP3_160_ENC":
                case 7:
                    message.format = 7;
                    break;
                case "AAC_24":
                case 8:
                    message.format = 8;
                    break;
                case "AAC_48":
                case 9:
                    message.format = 9;
                    break;
                case "AAC_160":
                case 10:
                    message.format = 10;
                    break;
                case "AAC_320":
                case 11:
                    message.format = 11;
                    break;
                case "MP4_128":
                case 12:
                    message.format = 12;
                    break;
                case "OTHER5":
                case 13:
                    message.format = 13;
                    break;
                case "FLAC_FLAC":
                case 16:
                    message.format = 16;
                    break;
                case "XHE_AAC_24":
                case 18:
                    message.format = 18;
                    break;
                case "XHE_AAC_16":
                case 19:
                    message.format = 19;
                    break;
                case "XHE_AAC_12":
                case 20:
                    message.format = 20;
                    break;
                case "FLAC_FLAC_24BIT":
                case 22:
                    message.format = 22;
                    break;
                default:
                }
                return message;
            };

            /**
             * Creates a plain object from an AudioFile message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.metadata.AudioFile
             * @static
             * @param {spotify.metadata.AudioFile} message AudioFile
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AudioFile.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.fileId = "";
                    else {
                        object.fileId = [];
                        if (options.bytes !== $Array)
                            object.fileId = $util.newBuffer(object.fileId);
                    }
                    object.format = options.enums === $String ? "OGG_VORBIS_96" : 0;
                }
                if (message.fileId != null && $Object.hasOwnProperty.call(message, "fileId"))
                    object.fileId = options.bytes === $String ? $util.base64.encode(message.fileId, 0, message.fileId.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.fileId) : message.fileId;
                if (message.format != null && $Object.hasOwnProperty.call(message, "format"))
                    object.format = options.enums === $String ? $root.spotify.metadata.AudioFile.Format[message.format] === $undefined ? message.format : $root.spotify.metadata.AudioFile.Format[message.format] : message.format;
                return object;
            };

            /**
             * Converts this AudioFile to JSON.
             * @function toJSON
             * @memberof spotify.metadata.AudioFile
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AudioFile.prototype.toJSON = function() {
                return AudioFile.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AudioFile
             * @function getTypeUrl
             * @memberof spotify.metadata.AudioFile
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AudioFile.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.metadata.AudioFile";
            };

            /**
             * Format enum.
             * @name spotify.metadata.AudioFile.Format
             * @enum {number}
             * @property {number} OGG_VORBIS_96=0 OGG_VORBIS_96 value
             * @property {number} OGG_VORBIS_160=1 OGG_VORBIS_160 value
             * @property {number} OGG_VORBIS_320=2 OGG_VORBIS_320 value
             * @property {number} MP3_256=3 MP3_256 value
             * @property {number} MP3_320=4 MP3_320 value
             * @property {number} MP3_160=5 MP3_160 value
             * @property {number} MP3_96=6 MP3_96 value
             * @property {number} MP3_160_ENC=7 MP3_160_ENC value
             * @property {number} AAC_24=8 AAC_24 value
             * @property {number} AAC_48=9 AAC_48 value
             * @property {number} AAC_160=10 AAC_160 value
             * @property {number} AAC_320=11 AAC_320 value
             * @property {number} MP4_128=12 MP4_128 value
             * @property {number} OTHER5=13 OTHER5 value
             * @property {number} FLAC_FLAC=16 FLAC_FLAC value
             * @property {number} XHE_AAC_24=18 XHE_AAC_24 value
             * @property {number} XHE_AAC_16=19 XHE_AAC_16 value
             * @property {number} XHE_AAC_12=20 XHE_AAC_12 value
             * @property {number} FLAC_FLAC_24BIT=22 FLAC_FLAC_24BIT value
             */
            AudioFile.Format = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "OGG_VORBIS_96"] = 0;
                values[valuesById[1] = "OGG_VORBIS_160"] = 1;
                values[valuesById[2] = "OGG_VORBIS_320"] = 2;
                values[valuesById[3] = "MP3_256"] = 3;
                values[valuesById[4] = "MP3_320"] = 4;
                values[valuesById[5] = "MP3_160"] = 5;
                values[valuesById[6] = "MP3_96"] = 6;
                values[valuesById[7] = "MP3_160_ENC"] = 7;
                values[valuesById[8] = "AAC_24"] = 8;
                values[valuesById[9] = "AAC_48"] = 9;
                values[valuesById[10] = "AAC_160"] = 10;
                values[valuesById[11] = "AAC_320"] = 11;
                values[valuesById[12] = "MP4_128"] = 12;
                values[valuesById[13] = "OTHER5"] = 13;
                values[valuesById[16] = "FLAC_FLAC"] = 16;
                values[valuesById[18] = "XHE_AAC_24"] = 18;
                values[valuesById[19] = "XHE_AAC_16"] = 19;
                values[valuesById[20] = "XHE_AAC_12"] = 20;
                values[valuesById[22] = "FLAC_FLAC_24BIT"] = 22;
                return values;
            })();

            return AudioFile;
        })();

        metadata.Artist = (function() {

            /**
             * Properties of an Artist.
             * @typedef {Object} spotify.metadata.Artist.$Properties
             * @property {Uint8Array|null} [gid] Artist gid
             * @property {string|null} [name] Artist name
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Artist.
             * @memberof spotify.metadata
             * @interface IArtist
             * @augments spotify.metadata.Artist.$Properties
             * @deprecated Use spotify.metadata.Artist.$Properties instead.
             */

            /**
             * Shape of an Artist.
             * @typedef {spotify.metadata.Artist.$Properties} spotify.metadata.Artist.$Shape
             */

            /**
             * Constructs a new Artist.
             * @memberof spotify.metadata
             * @classdesc Represents an Artist.
             * @constructor
             * @param {spotify.metadata.Artist.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Artist = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Artist gid.
             * @member {Uint8Array} gid
             * @memberof spotify.metadata.Artist
             * @instance
             */
            Artist.prototype.gid = $util.newBuffer([]);

            /**
             * Artist name.
             * @member {string} name
             * @memberof spotify.metadata.Artist
             * @instance
             */
            Artist.prototype.name = "";

            /**
             * Creates a new Artist instance using the specified properties.
             * @function create
             * @memberof spotify.metadata.Artist
             * @static
             * @param {spotify.metadata.Artist.$Properties=} [properties] Properties to set
             * @returns {spotify.metadata.Artist} Artist instance
             * @type {{
             *   (properties: spotify.metadata.Artist.$Shape): spotify.metadata.Artist & spotify.metadata.Artist.$Shape;
             *   (properties?: spotify.metadata.Artist.$Properties): spotify.metadata.Artist;
             * }}
             */
            Artist.create = function(properties) {
                return new Artist(properties);
            };

            /**
             * Encodes the specified Artist message. Does not implicitly {@link spotify.metadata.Artist.verify|verify} messages.
             * @function encode
             * @memberof spotify.metadata.Artist
             * @static
             * @param {spotify.metadata.Artist.$Properties} message Artist message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Artist.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.gid != null && $Object.hasOwnProperty.call(message, "gid"))
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.gid);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Artist message, length delimited. Does not implicitly {@link spotify.metadata.Artist.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.metadata.Artist
             * @static
             * @param {spotify.metadata.Artist.$Properties} message Artist message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Artist.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Artist message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.metadata.Artist
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.metadata.Artist & spotify.metadata.Artist.$Shape} Artist
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Artist.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.spotify.metadata.Artist();
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
                            message.gid = reader.bytes();
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.name = reader.string();
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
             * Decodes an Artist message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.metadata.Artist
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.metadata.Artist & spotify.metadata.Artist.$Shape} Artist
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Artist.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Artist message.
             * @function verify
             * @memberof spotify.metadata.Artist
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Artist.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.gid != null && $Object.hasOwnProperty.call(message, "gid"))
                    if (!(message.gid && typeof message.gid.length === "number" || $util.isString(message.gid)))
                        return "gid: buffer expected";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                return null;
            };

            /**
             * Creates an Artist message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.metadata.Artist
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.metadata.Artist} Artist
             */
            Artist.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.metadata.Artist)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.metadata.Artist: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.spotify.metadata.Artist();
                if (object.gid != null)
                    if (typeof object.gid === "string")
                        $util.base64.decode(object.gid, message.gid = $util.newBuffer($util.base64.length(object.gid)), 0);
                    else if (object.gid.length >= 0)
                        message.gid = object.gid;
                if (object.name != null)
                    message.name = $String(object.name);
                return message;
            };

            /**
             * Creates a plain object from an Artist message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.metadata.Artist
             * @static
             * @param {spotify.metadata.Artist} message Artist
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Artist.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.gid = "";
                    else {
                        object.gid = [];
                        if (options.bytes !== $Array)
                            object.gid = $util.newBuffer(object.gid);
                    }
                    object.name = "";
                }
                if (message.gid != null && $Object.hasOwnProperty.call(message, "gid"))
                    object.gid = options.bytes === $String ? $util.base64.encode(message.gid, 0, message.gid.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.gid) : message.gid;
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                return object;
            };

            /**
             * Converts this Artist to JSON.
             * @function toJSON
             * @memberof spotify.metadata.Artist
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Artist.prototype.toJSON = function() {
                return Artist.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Artist
             * @function getTypeUrl
             * @memberof spotify.metadata.Artist
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Artist.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.metadata.Artist";
            };

            return Artist;
        })();

        metadata.Date = (function() {

            /**
             * Properties of a Date.
             * @typedef {Object} spotify.metadata.Date.$Properties
             * @property {number|null} [year] Date year
             * @property {number|null} [month] Date month
             * @property {number|null} [day] Date day
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Date.
             * @memberof spotify.metadata
             * @interface IDate
             * @augments spotify.metadata.Date.$Properties
             * @deprecated Use spotify.metadata.Date.$Properties instead.
             */

            /**
             * Shape of a Date.
             * @typedef {spotify.metadata.Date.$Properties} spotify.metadata.Date.$Shape
             */

            /**
             * Constructs a new Date.
             * @memberof spotify.metadata
             * @classdesc Represents a Date.
             * @constructor
             * @param {spotify.metadata.Date.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Date = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Date year.
             * @member {number} year
             * @memberof spotify.metadata.Date
             * @instance
             */
            Date.prototype.year = 0;

            /**
             * Date month.
             * @member {number} month
             * @memberof spotify.metadata.Date
             * @instance
             */
            Date.prototype.month = 0;

            /**
             * Date day.
             * @member {number} day
             * @memberof spotify.metadata.Date
             * @instance
             */
            Date.prototype.day = 0;

            /**
             * Creates a new Date instance using the specified properties.
             * @function create
             * @memberof spotify.metadata.Date
             * @static
             * @param {spotify.metadata.Date.$Properties=} [properties] Properties to set
             * @returns {spotify.metadata.Date} Date instance
             * @type {{
             *   (properties: spotify.metadata.Date.$Shape): spotify.metadata.Date & spotify.metadata.Date.$Shape;
             *   (properties?: spotify.metadata.Date.$Properties): spotify.metadata.Date;
             * }}
             */
            Date.create = function(properties) {
                return new Date(properties);
            };

            /**
             * Encodes the specified Date message. Does not implicitly {@link spotify.metadata.Date.verify|verify} messages.
             * @function encode
             * @memberof spotify.metadata.Date
             * @static
             * @param {spotify.metadata.Date.$Properties} message Date message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Date.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.year != null && $Object.hasOwnProperty.call(message, "year"))
                    writer.uint32(/* id 1, wireType 0 =*/8).sint32(message.year);
                if (message.month != null && $Object.hasOwnProperty.call(message, "month"))
                    writer.uint32(/* id 2, wireType 0 =*/16).sint32(message.month);
                if (message.day != null && $Object.hasOwnProperty.call(message, "day"))
                    writer.uint32(/* id 3, wireType 0 =*/24).sint32(message.day);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Date message, length delimited. Does not implicitly {@link spotify.metadata.Date.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.metadata.Date
             * @static
             * @param {spotify.metadata.Date.$Properties} message Date message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Date.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Date message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.metadata.Date
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.metadata.Date & spotify.metadata.Date.$Shape} Date
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Date.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.spotify.metadata.Date();
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
                            message.year = reader.sint32();
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            message.month = reader.sint32();
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            message.day = reader.sint32();
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
             * Decodes a Date message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.metadata.Date
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.metadata.Date & spotify.metadata.Date.$Shape} Date
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Date.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Date message.
             * @function verify
             * @memberof spotify.metadata.Date
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Date.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.year != null && $Object.hasOwnProperty.call(message, "year"))
                    if (!$util.isInteger(message.year))
                        return "year: integer expected";
                if (message.month != null && $Object.hasOwnProperty.call(message, "month"))
                    if (!$util.isInteger(message.month))
                        return "month: integer expected";
                if (message.day != null && $Object.hasOwnProperty.call(message, "day"))
                    if (!$util.isInteger(message.day))
                        return "day: integer expected";
                return null;
            };

            /**
             * Creates a Date message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.metadata.Date
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.metadata.Date} Date
             */
            Date.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.metadata.Date)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.metadata.Date: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.spotify.metadata.Date();
                if (object.year != null)
                    message.year = object.year | 0;
                if (object.month != null)
                    message.month = object.month | 0;
                if (object.day != null)
                    message.day = object.day | 0;
                return message;
            };

            /**
             * Creates a plain object from a Date message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.metadata.Date
             * @static
             * @param {spotify.metadata.Date} message Date
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Date.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.year = 0;
                    object.month = 0;
                    object.day = 0;
                }
                if (message.year != null && $Object.hasOwnProperty.call(message, "year"))
                    object.year = message.year;
                if (message.month != null && $Object.hasOwnProperty.call(message, "month"))
                    object.month = message.month;
                if (message.day != null && $Object.hasOwnProperty.call(message, "day"))
                    object.day = message.day;
                return object;
            };

            /**
             * Converts this Date to JSON.
             * @function toJSON
             * @memberof spotify.metadata.Date
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Date.prototype.toJSON = function() {
                return Date.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Date
             * @function getTypeUrl
             * @memberof spotify.metadata.Date
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Date.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.metadata.Date";
            };

            return Date;
        })();

        metadata.Image = (function() {

            /**
             * Properties of an Image.
             * @typedef {Object} spotify.metadata.Image.$Properties
             * @property {Uint8Array|null} [fileId] Image fileId
             * @property {spotify.metadata.Image.Size|null} [size] Image size
             * @property {number|null} [width] Image width
             * @property {number|null} [height] Image height
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Image.
             * @memberof spotify.metadata
             * @interface IImage
             * @augments spotify.metadata.Image.$Properties
             * @deprecated Use spotify.metadata.Image.$Properties instead.
             */

            /**
             * Shape of an Image.
             * @typedef {spotify.metadata.Image.$Properties} spotify.metadata.Image.$Shape
             */

            /**
             * Constructs a new Image.
             * @memberof spotify.metadata
             * @classdesc Represents an Image.
             * @constructor
             * @param {spotify.metadata.Image.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Image = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Image fileId.
             * @member {Uint8Array} fileId
             * @memberof spotify.metadata.Image
             * @instance
             */
            Image.prototype.fileId = $util.newBuffer([]);

            /**
             * Image size.
             * @member {spotify.metadata.Image.Size} size
             * @memberof spotify.metadata.Image
             * @instance
             */
            Image.prototype.size = 0;

            /**
             * Image width.
             * @member {number} width
             * @memberof spotify.metadata.Image
             * @instance
             */
            Image.prototype.width = 0;

            /**
             * Image height.
             * @member {number} height
             * @memberof spotify.metadata.Image
             * @instance
             */
            Image.prototype.height = 0;

            /**
             * Creates a new Image instance using the specified properties.
             * @function create
             * @memberof spotify.metadata.Image
             * @static
             * @param {spotify.metadata.Image.$Properties=} [properties] Properties to set
             * @returns {spotify.metadata.Image} Image instance
             * @type {{
             *   (properties: spotify.metadata.Image.$Shape): spotify.metadata.Image & spotify.metadata.Image.$Shape;
             *   (properties?: spotify.metadata.Image.$Properties): spotify.metadata.Image;
             * }}
             */
            Image.create = function(properties) {
                return new Image(properties);
            };

            /**
             * Encodes the specified Image message. Does not implicitly {@link spotify.metadata.Image.verify|verify} messages.
             * @function encode
             * @memberof spotify.metadata.Image
             * @static
             * @param {spotify.metadata.Image.$Properties} message Image message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Image.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.fileId != null && $Object.hasOwnProperty.call(message, "fileId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.fileId);
                if (message.size != null && $Object.hasOwnProperty.call(message, "size"))
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.size);
                if (message.width != null && $Object.hasOwnProperty.call(message, "width"))
                    writer.uint32(/* id 3, wireType 0 =*/24).sint32(message.width);
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    writer.uint32(/* id 4, wireType 0 =*/32).sint32(message.height);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Image message, length delimited. Does not implicitly {@link spotify.metadata.Image.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.metadata.Image
             * @static
             * @param {spotify.metadata.Image.$Properties} message Image message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Image.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Image message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.metadata.Image
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.metadata.Image & spotify.metadata.Image.$Shape} Image
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Image.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.spotify.metadata.Image();
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
                            message.fileId = reader.bytes();
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            value = reader.int32();
                            if ($root.spotify.metadata.Image.Size[value] !== $undefined)
                                message.size = value;
                            else if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            message.width = reader.sint32();
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            message.height = reader.sint32();
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
             * Decodes an Image message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.metadata.Image
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.metadata.Image & spotify.metadata.Image.$Shape} Image
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Image.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Image message.
             * @function verify
             * @memberof spotify.metadata.Image
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Image.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.fileId != null && $Object.hasOwnProperty.call(message, "fileId"))
                    if (!(message.fileId && typeof message.fileId.length === "number" || $util.isString(message.fileId)))
                        return "fileId: buffer expected";
                if (message.size != null && $Object.hasOwnProperty.call(message, "size"))
                    switch (message.size) {
                    default:
                        return "size: enum value expected";
                    case 0:
                    case 1:
                    case 2:
                    case 3:
                        break;
                    }
                if (message.width != null && $Object.hasOwnProperty.call(message, "width"))
                    if (!$util.isInteger(message.width))
                        return "width: integer expected";
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    if (!$util.isInteger(message.height))
                        return "height: integer expected";
                return null;
            };

            /**
             * Creates an Image message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.metadata.Image
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.metadata.Image} Image
             */
            Image.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.metadata.Image)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.metadata.Image: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.spotify.metadata.Image();
                if (object.fileId != null)
                    if (typeof object.fileId === "string")
                        $util.base64.decode(object.fileId, message.fileId = $util.newBuffer($util.base64.length(object.fileId)), 0);
                    else if (object.fileId.length >= 0)
                        message.fileId = object.fileId;
                switch (object.size) {
                case "DEFAULT":
                case 0:
                    message.size = 0;
                    break;
                case "SMALL":
                case 1:
                    message.size = 1;
                    break;
                case "LARGE":
                case 2:
                    message.size = 2;
                    break;
                case "XLARGE":
                case 3:
                    message.size = 3;
                    break;
                default:
                }
                if (object.width != null)
                    message.width = object.width | 0;
                if (object.height != null)
                    message.height = object.height | 0;
                return message;
            };

            /**
             * Creates a plain object from an Image message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.metadata.Image
             * @static
             * @param {spotify.metadata.Image} message Image
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Image.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.fileId = "";
                    else {
                        object.fileId = [];
                        if (options.bytes !== $Array)
                            object.fileId = $util.newBuffer(object.fileId);
                    }
                    object.size = options.enums === $String ? "DEFAULT" : 0;
                    object.width = 0;
                    object.height = 0;
                }
                if (message.fileId != null && $Object.hasOwnProperty.call(message, "fileId"))
                    object.fileId = options.bytes === $String ? $util.base64.encode(message.fileId, 0, message.fileId.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.fileId) : message.fileId;
                if (message.size != null && $Object.hasOwnProperty.call(message, "size"))
                    object.size = options.enums === $String ? $root.spotify.metadata.Image.Size[message.size] === $undefined ? message.size : $root.spotify.metadata.Image.Size[message.size] : message.size;
                if (message.width != null && $Object.hasOwnProperty.call(message, "width"))
                    object.width = message.width;
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    object.height = message.height;
                return object;
            };

            /**
             * Converts this Image to JSON.
             * @function toJSON
             * @memberof spotify.metadata.Image
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Image.prototype.toJSON = function() {
                return Image.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Image
             * @function getTypeUrl
             * @memberof spotify.metadata.Image
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Image.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.metadata.Image";
            };

            /**
             * Size enum.
             * @name spotify.metadata.Image.Size
             * @enum {number}
             * @property {number} DEFAULT=0 DEFAULT value
             * @property {number} SMALL=1 SMALL value
             * @property {number} LARGE=2 LARGE value
             * @property {number} XLARGE=3 XLARGE value
             */
            Image.Size = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "DEFAULT"] = 0;
                values[valuesById[1] = "SMALL"] = 1;
                values[valuesById[2] = "LARGE"] = 2;
                values[valuesById[3] = "XLARGE"] = 3;
                return values;
            })();

            return Image;
        })();

        metadata.ImageGroup = (function() {

            /**
             * Properties of an ImageGroup.
             * @typedef {Object} spotify.metadata.ImageGroup.$Properties
             * @property {Array.<spotify.metadata.Image.$Properties>|null} [image] ImageGroup image
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ImageGroup.
             * @memberof spotify.metadata
             * @interface IImageGroup
             * @augments spotify.metadata.ImageGroup.$Properties
             * @deprecated Use spotify.metadata.ImageGroup.$Properties instead.
             */

            /**
             * Shape of an ImageGroup.
             * @typedef {spotify.metadata.ImageGroup.$Properties} spotify.metadata.ImageGroup.$Shape
             */

            /**
             * Constructs a new ImageGroup.
             * @memberof spotify.metadata
             * @classdesc Represents an ImageGroup.
             * @constructor
             * @param {spotify.metadata.ImageGroup.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ImageGroup = function (properties) {
                this.image = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ImageGroup image.
             * @member {Array.<spotify.metadata.Image.$Properties>} image
             * @memberof spotify.metadata.ImageGroup
             * @instance
             */
            ImageGroup.prototype.image = $util.emptyArray;

            /**
             * Creates a new ImageGroup instance using the specified properties.
             * @function create
             * @memberof spotify.metadata.ImageGroup
             * @static
             * @param {spotify.metadata.ImageGroup.$Properties=} [properties] Properties to set
             * @returns {spotify.metadata.ImageGroup} ImageGroup instance
             * @type {{
             *   (properties: spotify.metadata.ImageGroup.$Shape): spotify.metadata.ImageGroup & spotify.metadata.ImageGroup.$Shape;
             *   (properties?: spotify.metadata.ImageGroup.$Properties): spotify.metadata.ImageGroup;
             * }}
             */
            ImageGroup.create = function(properties) {
                return new ImageGroup(properties);
            };

            /**
             * Encodes the specified ImageGroup message. Does not implicitly {@link spotify.metadata.ImageGroup.verify|verify} messages.
             * @function encode
             * @memberof spotify.metadata.ImageGroup
             * @static
             * @param {spotify.metadata.ImageGroup.$Properties} message ImageGroup message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ImageGroup.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.image != null && message.image.length)
                    for (let i = 0; i < message.image.length; ++i)
                        $root.spotify.metadata.Image.encode(message.image[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ImageGroup message, length delimited. Does not implicitly {@link spotify.metadata.ImageGroup.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.metadata.ImageGroup
             * @static
             * @param {spotify.metadata.ImageGroup.$Properties} message ImageGroup message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ImageGroup.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an ImageGroup message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.metadata.ImageGroup
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.metadata.ImageGroup & spotify.metadata.ImageGroup.$Shape} ImageGroup
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ImageGroup.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.spotify.metadata.ImageGroup();
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
                            if (!(message.image && message.image.length))
                                message.image = [];
                            message.image.push($root.spotify.metadata.Image.decode(reader, reader.size(), $undefined, _depth + 1));
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
             * Decodes an ImageGroup message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.metadata.ImageGroup
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.metadata.ImageGroup & spotify.metadata.ImageGroup.$Shape} ImageGroup
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ImageGroup.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an ImageGroup message.
             * @function verify
             * @memberof spotify.metadata.ImageGroup
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ImageGroup.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.image != null && $Object.hasOwnProperty.call(message, "image")) {
                    if (!$Array.isArray(message.image))
                        return "image: array expected";
                    for (let i = 0; i < message.image.length; ++i) {
                        let error = $root.spotify.metadata.Image.verify(message.image[i], _depth + 1);
                        if (error)
                            return "image." + error;
                    }
                }
                return null;
            };

            /**
             * Creates an ImageGroup message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.metadata.ImageGroup
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.metadata.ImageGroup} ImageGroup
             */
            ImageGroup.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.metadata.ImageGroup)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.metadata.ImageGroup: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.spotify.metadata.ImageGroup();
                if (object.image) {
                    if (!$Array.isArray(object.image))
                        throw $TypeError(".spotify.metadata.ImageGroup.image: array expected");
                    message.image = $Array(object.image.length);
                    for (let i = 0; i < object.image.length; ++i) {
                        if (!$util.isObject(object.image[i]))
                            throw $TypeError(".spotify.metadata.ImageGroup.image: object expected");
                        message.image[i] = $root.spotify.metadata.Image.fromObject(object.image[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from an ImageGroup message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.metadata.ImageGroup
             * @static
             * @param {spotify.metadata.ImageGroup} message ImageGroup
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ImageGroup.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.image = [];
                if (message.image && message.image.length) {
                    object.image = $Array(message.image.length);
                    for (let j = 0; j < message.image.length; ++j)
                        object.image[j] = $root.spotify.metadata.Image.toObject(message.image[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this ImageGroup to JSON.
             * @function toJSON
             * @memberof spotify.metadata.ImageGroup
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ImageGroup.prototype.toJSON = function() {
                return ImageGroup.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ImageGroup
             * @function getTypeUrl
             * @memberof spotify.metadata.ImageGroup
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ImageGroup.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.metadata.ImageGroup";
            };

            return ImageGroup;
        })();

        metadata.Album = (function() {

            /**
             * Properties of an Album.
             * @typedef {Object} spotify.metadata.Album.$Properties
             * @property {Uint8Array|null} [gid] Album gid
             * @property {string|null} [name] Album name
             * @property {Array.<spotify.metadata.Artist.$Properties>|null} [artist] Album artist
             * @property {spotify.metadata.Date.$Properties|null} [date] Album date
             * @property {Array.<spotify.metadata.Image.$Properties>|null} [cover] Album cover
             * @property {spotify.metadata.ImageGroup.$Properties|null} [coverGroup] Album coverGroup
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Album.
             * @memberof spotify.metadata
             * @interface IAlbum
             * @augments spotify.metadata.Album.$Properties
             * @deprecated Use spotify.metadata.Album.$Properties instead.
             */

            /**
             * Shape of an Album.
             * @typedef {spotify.metadata.Album.$Properties} spotify.metadata.Album.$Shape
             */

            /**
             * Constructs a new Album.
             * @memberof spotify.metadata
             * @classdesc Represents an Album.
             * @constructor
             * @param {spotify.metadata.Album.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Album = function (properties) {
                this.artist = [];
                this.cover = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Album gid.
             * @member {Uint8Array} gid
             * @memberof spotify.metadata.Album
             * @instance
             */
            Album.prototype.gid = $util.newBuffer([]);

            /**
             * Album name.
             * @member {string} name
             * @memberof spotify.metadata.Album
             * @instance
             */
            Album.prototype.name = "";

            /**
             * Album artist.
             * @member {Array.<spotify.metadata.Artist.$Properties>} artist
             * @memberof spotify.metadata.Album
             * @instance
             */
            Album.prototype.artist = $util.emptyArray;

            /**
             * Album date.
             * @member {spotify.metadata.Date.$Properties|null|undefined} date
             * @memberof spotify.metadata.Album
             * @instance
             */
            Album.prototype.date = null;

            /**
             * Album cover.
             * @member {Array.<spotify.metadata.Image.$Properties>} cover
             * @memberof spotify.metadata.Album
             * @instance
             */
            Album.prototype.cover = $util.emptyArray;

            /**
             * Album coverGroup.
             * @member {spotify.metadata.ImageGroup.$Properties|null|undefined} coverGroup
             * @memberof spotify.metadata.Album
             * @instance
             */
            Album.prototype.coverGroup = null;

            /**
             * Creates a new Album instance using the specified properties.
             * @function create
             * @memberof spotify.metadata.Album
             * @static
             * @param {spotify.metadata.Album.$Properties=} [properties] Properties to set
             * @returns {spotify.metadata.Album} Album instance
             * @type {{
             *   (properties: spotify.metadata.Album.$Shape): spotify.metadata.Album & spotify.metadata.Album.$Shape;
             *   (properties?: spotify.metadata.Album.$Properties): spotify.metadata.Album;
             * }}
             */
            Album.create = function(properties) {
                return new Album(properties);
            };

            /**
             * Encodes the specified Album message. Does not implicitly {@link spotify.metadata.Album.verify|verify} messages.
             * @function encode
             * @memberof spotify.metadata.Album
             * @static
             * @param {spotify.metadata.Album.$Properties} message Album message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Album.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.gid != null && $Object.hasOwnProperty.call(message, "gid"))
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.gid);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                if (message.artist != null && message.artist.length)
                    for (let i = 0; i < message.artist.length; ++i)
                        $root.spotify.metadata.Artist.encode(message.artist[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.date != null && $Object.hasOwnProperty.call(message, "date"))
                    $root.spotify.metadata.Date.encode(message.date, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.cover != null && message.cover.length)
                    for (let i = 0; i < message.cover.length; ++i)
                        $root.spotify.metadata.Image.encode(message.cover[i], writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.coverGroup != null && $Object.hasOwnProperty.call(message, "coverGroup"))
                    $root.spotify.metadata.ImageGroup.encode(message.coverGroup, writer.uint32(/* id 17, wireType 2 =*/138).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Album message, length delimited. Does not implicitly {@link spotify.metadata.Album.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.metadata.Album
             * @static
             * @param {spotify.metadata.Album.$Properties} message Album message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Album.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Album message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.metadata.Album
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.metadata.Album & spotify.metadata.Album.$Shape} Album
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Album.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.spotify.metadata.Album();
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
                            message.gid = reader.bytes();
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.name = reader.string();
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.artist && message.artist.length))
                                message.artist = [];
                            message.artist.push($root.spotify.metadata.Artist.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.date = $root.spotify.metadata.Date.decode(reader, reader.size(), $undefined, _depth + 1, message.date);
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if (!(message.cover && message.cover.length))
                                message.cover = [];
                            message.cover.push($root.spotify.metadata.Image.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            message.coverGroup = $root.spotify.metadata.ImageGroup.decode(reader, reader.size(), $undefined, _depth + 1, message.coverGroup);
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
             * Decodes an Album message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.metadata.Album
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.metadata.Album & spotify.metadata.Album.$Shape} Album
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Album.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Album message.
             * @function verify
             * @memberof spotify.metadata.Album
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Album.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.gid != null && $Object.hasOwnProperty.call(message, "gid"))
                    if (!(message.gid && typeof message.gid.length === "number" || $util.isString(message.gid)))
                        return "gid: buffer expected";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.artist != null && $Object.hasOwnProperty.call(message, "artist")) {
                    if (!$Array.isArray(message.artist))
                        return "artist: array expected";
                    for (let i = 0; i < message.artist.length; ++i) {
                        let error = $root.spotify.metadata.Artist.verify(message.artist[i], _depth + 1);
                        if (error)
                            return "artist." + error;
                    }
                }
                if (message.date != null && $Object.hasOwnProperty.call(message, "date")) {
                    let error = $root.spotify.metadata.Date.verify(message.date, _depth + 1);
                    if (error)
                        return "date." + error;
                }
                if (message.cover != null && $Object.hasOwnProperty.call(message, "cover")) {
                    if (!$Array.isArray(message.cover))
                        return "cover: array expected";
                    for (let i = 0; i < message.cover.length; ++i) {
                        let error = $root.spotify.metadata.Image.verify(message.cover[i], _depth + 1);
                        if (error)
                            return "cover." + error;
                    }
                }
                if (message.coverGroup != null && $Object.hasOwnProperty.call(message, "coverGroup")) {
                    let error = $root.spotify.metadata.ImageGroup.verify(message.coverGroup, _depth + 1);
                    if (error)
                        return "coverGroup." + error;
                }
                return null;
            };

            /**
             * Creates an Album message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.metadata.Album
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.metadata.Album} Album
             */
            Album.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.metadata.Album)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.metadata.Album: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.spotify.metadata.Album();
                if (object.gid != null)
                    if (typeof object.gid === "string")
                        $util.base64.decode(object.gid, message.gid = $util.newBuffer($util.base64.length(object.gid)), 0);
                    else if (object.gid.length >= 0)
                        message.gid = object.gid;
                if (object.name != null)
                    message.name = $String(object.name);
                if (object.artist) {
                    if (!$Array.isArray(object.artist))
                        throw $TypeError(".spotify.metadata.Album.artist: array expected");
                    message.artist = $Array(object.artist.length);
                    for (let i = 0; i < object.artist.length; ++i) {
                        if (!$util.isObject(object.artist[i]))
                            throw $TypeError(".spotify.metadata.Album.artist: object expected");
                        message.artist[i] = $root.spotify.metadata.Artist.fromObject(object.artist[i], _depth + 1);
                    }
                }
                if (object.date != null) {
                    if (!$util.isObject(object.date))
                        throw $TypeError(".spotify.metadata.Album.date: object expected");
                    message.date = $root.spotify.metadata.Date.fromObject(object.date, _depth + 1);
                }
                if (object.cover) {
                    if (!$Array.isArray(object.cover))
                        throw $TypeError(".spotify.metadata.Album.cover: array expected");
                    message.cover = $Array(object.cover.length);
                    for (let i = 0; i < object.cover.length; ++i) {
                        if (!$util.isObject(object.cover[i]))
                            throw $TypeError(".spotify.metadata.Album.cover: object expected");
                        message.cover[i] = $root.spotify.metadata.Image.fromObject(object.cover[i], _depth + 1);
                    }
                }
                if (object.coverGroup != null) {
                    if (!$util.isObject(object.coverGroup))
                        throw $TypeError(".spotify.metadata.Album.coverGroup: object expected");
                    message.coverGroup = $root.spotify.metadata.ImageGroup.fromObject(object.coverGroup, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from an Album message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.metadata.Album
             * @static
             * @param {spotify.metadata.Album} message Album
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Album.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.artist = [];
                    object.cover = [];
                }
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.gid = "";
                    else {
                        object.gid = [];
                        if (options.bytes !== $Array)
                            object.gid = $util.newBuffer(object.gid);
                    }
                    object.name = "";
                    object.date = null;
                    object.coverGroup = null;
                }
                if (message.gid != null && $Object.hasOwnProperty.call(message, "gid"))
                    object.gid = options.bytes === $String ? $util.base64.encode(message.gid, 0, message.gid.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.gid) : message.gid;
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.artist && message.artist.length) {
                    object.artist = $Array(message.artist.length);
                    for (let j = 0; j < message.artist.length; ++j)
                        object.artist[j] = $root.spotify.metadata.Artist.toObject(message.artist[j], options, _depth + 1);
                }
                if (message.date != null && $Object.hasOwnProperty.call(message, "date"))
                    object.date = $root.spotify.metadata.Date.toObject(message.date, options, _depth + 1);
                if (message.cover && message.cover.length) {
                    object.cover = $Array(message.cover.length);
                    for (let j = 0; j < message.cover.length; ++j)
                        object.cover[j] = $root.spotify.metadata.Image.toObject(message.cover[j], options, _depth + 1);
                }
                if (message.coverGroup != null && $Object.hasOwnProperty.call(message, "coverGroup"))
                    object.coverGroup = $root.spotify.metadata.ImageGroup.toObject(message.coverGroup, options, _depth + 1);
                return object;
            };

            /**
             * Converts this Album to JSON.
             * @function toJSON
             * @memberof spotify.metadata.Album
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Album.prototype.toJSON = function() {
                return Album.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Album
             * @function getTypeUrl
             * @memberof spotify.metadata.Album
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Album.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.metadata.Album";
            };

            return Album;
        })();

        metadata.Restriction = (function() {

            /**
             * Properties of a Restriction.
             * @typedef {Object} spotify.metadata.Restriction.$Properties
             * @property {string|null} [countriesAllowed] Restriction countriesAllowed
             * @property {string|null} [countriesForbidden] Restriction countriesForbidden
             * @property {Array.<string>|null} [catalogueStr] Restriction catalogueStr
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Restriction.
             * @memberof spotify.metadata
             * @interface IRestriction
             * @augments spotify.metadata.Restriction.$Properties
             * @deprecated Use spotify.metadata.Restriction.$Properties instead.
             */

            /**
             * Shape of a Restriction.
             * @typedef {spotify.metadata.Restriction.$Properties} spotify.metadata.Restriction.$Shape
             */

            /**
             * Constructs a new Restriction.
             * @memberof spotify.metadata
             * @classdesc Represents a Restriction.
             * @constructor
             * @param {spotify.metadata.Restriction.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Restriction = function (properties) {
                this.catalogueStr = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Restriction countriesAllowed.
             * @member {string} countriesAllowed
             * @memberof spotify.metadata.Restriction
             * @instance
             */
            Restriction.prototype.countriesAllowed = "";

            /**
             * Restriction countriesForbidden.
             * @member {string} countriesForbidden
             * @memberof spotify.metadata.Restriction
             * @instance
             */
            Restriction.prototype.countriesForbidden = "";

            /**
             * Restriction catalogueStr.
             * @member {Array.<string>} catalogueStr
             * @memberof spotify.metadata.Restriction
             * @instance
             */
            Restriction.prototype.catalogueStr = $util.emptyArray;

            /**
             * Creates a new Restriction instance using the specified properties.
             * @function create
             * @memberof spotify.metadata.Restriction
             * @static
             * @param {spotify.metadata.Restriction.$Properties=} [properties] Properties to set
             * @returns {spotify.metadata.Restriction} Restriction instance
             * @type {{
             *   (properties: spotify.metadata.Restriction.$Shape): spotify.metadata.Restriction & spotify.metadata.Restriction.$Shape;
             *   (properties?: spotify.metadata.Restriction.$Properties): spotify.metadata.Restriction;
             * }}
             */
            Restriction.create = function(properties) {
                return new Restriction(properties);
            };

            /**
             * Encodes the specified Restriction message. Does not implicitly {@link spotify.metadata.Restriction.verify|verify} messages.
             * @function encode
             * @memberof spotify.metadata.Restriction
             * @static
             * @param {spotify.metadata.Restriction.$Properties} message Restriction message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Restriction.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.countriesAllowed != null && $Object.hasOwnProperty.call(message, "countriesAllowed"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.countriesAllowed);
                if (message.countriesForbidden != null && $Object.hasOwnProperty.call(message, "countriesForbidden"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.countriesForbidden);
                if (message.catalogueStr != null && message.catalogueStr.length)
                    for (let i = 0; i < message.catalogueStr.length; ++i)
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.catalogueStr[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Restriction message, length delimited. Does not implicitly {@link spotify.metadata.Restriction.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.metadata.Restriction
             * @static
             * @param {spotify.metadata.Restriction.$Properties} message Restriction message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Restriction.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Restriction message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.metadata.Restriction
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.metadata.Restriction & spotify.metadata.Restriction.$Shape} Restriction
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Restriction.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.spotify.metadata.Restriction();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.countriesAllowed = reader.string();
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.countriesForbidden = reader.string();
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.catalogueStr && message.catalogueStr.length))
                                message.catalogueStr = [];
                            message.catalogueStr.push(reader.string());
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
             * Decodes a Restriction message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.metadata.Restriction
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.metadata.Restriction & spotify.metadata.Restriction.$Shape} Restriction
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Restriction.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Restriction message.
             * @function verify
             * @memberof spotify.metadata.Restriction
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Restriction.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.countriesAllowed != null && $Object.hasOwnProperty.call(message, "countriesAllowed"))
                    if (!$util.isString(message.countriesAllowed))
                        return "countriesAllowed: string expected";
                if (message.countriesForbidden != null && $Object.hasOwnProperty.call(message, "countriesForbidden"))
                    if (!$util.isString(message.countriesForbidden))
                        return "countriesForbidden: string expected";
                if (message.catalogueStr != null && $Object.hasOwnProperty.call(message, "catalogueStr")) {
                    if (!$Array.isArray(message.catalogueStr))
                        return "catalogueStr: array expected";
                    for (let i = 0; i < message.catalogueStr.length; ++i)
                        if (!$util.isString(message.catalogueStr[i]))
                            return "catalogueStr: string[] expected";
                }
                return null;
            };

            /**
             * Creates a Restriction message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.metadata.Restriction
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.metadata.Restriction} Restriction
             */
            Restriction.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.metadata.Restriction)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.metadata.Restriction: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.spotify.metadata.Restriction();
                if (object.countriesAllowed != null)
                    message.countriesAllowed = $String(object.countriesAllowed);
                if (object.countriesForbidden != null)
                    message.countriesForbidden = $String(object.countriesForbidden);
                if (object.catalogueStr) {
                    if (!$Array.isArray(object.catalogueStr))
                        throw $TypeError(".spotify.metadata.Restriction.catalogueStr: array expected");
                    message.catalogueStr = $Array(object.catalogueStr.length);
                    for (let i = 0; i < object.catalogueStr.length; ++i)
                        message.catalogueStr[i] = $String(object.catalogueStr[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a Restriction message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.metadata.Restriction
             * @static
             * @param {spotify.metadata.Restriction} message Restriction
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Restriction.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.catalogueStr = [];
                if (options.defaults) {
                    object.countriesAllowed = "";
                    object.countriesForbidden = "";
                }
                if (message.countriesAllowed != null && $Object.hasOwnProperty.call(message, "countriesAllowed"))
                    object.countriesAllowed = message.countriesAllowed;
                if (message.countriesForbidden != null && $Object.hasOwnProperty.call(message, "countriesForbidden"))
                    object.countriesForbidden = message.countriesForbidden;
                if (message.catalogueStr && message.catalogueStr.length) {
                    object.catalogueStr = $Array(message.catalogueStr.length);
                    for (let j = 0; j < message.catalogueStr.length; ++j)
                        object.catalogueStr[j] = message.catalogueStr[j];
                }
                return object;
            };

            /**
             * Converts this Restriction to JSON.
             * @function toJSON
             * @memberof spotify.metadata.Restriction
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Restriction.prototype.toJSON = function() {
                return Restriction.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Restriction
             * @function getTypeUrl
             * @memberof spotify.metadata.Restriction
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Restriction.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.metadata.Restriction";
            };

            return Restriction;
        })();

        metadata.Show = (function() {

            /**
             * Properties of a Show.
             * @typedef {Object} spotify.metadata.Show.$Properties
             * @property {Uint8Array|null} [gid] Show gid
             * @property {string|null} [name] Show name
             * @property {spotify.metadata.ImageGroup.$Properties|null} [coverImage] Show coverImage
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Show.
             * @memberof spotify.metadata
             * @interface IShow
             * @augments spotify.metadata.Show.$Properties
             * @deprecated Use spotify.metadata.Show.$Properties instead.
             */

            /**
             * Shape of a Show.
             * @typedef {spotify.metadata.Show.$Properties} spotify.metadata.Show.$Shape
             */

            /**
             * Constructs a new Show.
             * @memberof spotify.metadata
             * @classdesc Represents a Show.
             * @constructor
             * @param {spotify.metadata.Show.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Show = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Show gid.
             * @member {Uint8Array} gid
             * @memberof spotify.metadata.Show
             * @instance
             */
            Show.prototype.gid = $util.newBuffer([]);

            /**
             * Show name.
             * @member {string} name
             * @memberof spotify.metadata.Show
             * @instance
             */
            Show.prototype.name = "";

            /**
             * Show coverImage.
             * @member {spotify.metadata.ImageGroup.$Properties|null|undefined} coverImage
             * @memberof spotify.metadata.Show
             * @instance
             */
            Show.prototype.coverImage = null;

            /**
             * Creates a new Show instance using the specified properties.
             * @function create
             * @memberof spotify.metadata.Show
             * @static
             * @param {spotify.metadata.Show.$Properties=} [properties] Properties to set
             * @returns {spotify.metadata.Show} Show instance
             * @type {{
             *   (properties: spotify.metadata.Show.$Shape): spotify.metadata.Show & spotify.metadata.Show.$Shape;
             *   (properties?: spotify.metadata.Show.$Properties): spotify.metadata.Show;
             * }}
             */
            Show.create = function(properties) {
                return new Show(properties);
            };

            /**
             * Encodes the specified Show message. Does not implicitly {@link spotify.metadata.Show.verify|verify} messages.
             * @function encode
             * @memberof spotify.metadata.Show
             * @static
             * @param {spotify.metadata.Show.$Properties} message Show message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Show.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.gid != null && $Object.hasOwnProperty.call(message, "gid"))
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.gid);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                if (message.coverImage != null && $Object.hasOwnProperty.call(message, "coverImage"))
                    $root.spotify.metadata.ImageGroup.encode(message.coverImage, writer.uint32(/* id 69, wireType 2 =*/554).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Show message, length delimited. Does not implicitly {@link spotify.metadata.Show.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.metadata.Show
             * @static
             * @param {spotify.metadata.Show.$Properties} message Show message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Show.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Show message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.metadata.Show
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.metadata.Show & spotify.metadata.Show.$Shape} Show
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Show.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.spotify.metadata.Show();
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
                            message.gid = reader.bytes();
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.name = reader.string();
                            continue;
                        }
                    case 69: {
                            if (wireType !== 2)
                                break;
                            message.coverImage = $root.spotify.metadata.ImageGroup.decode(reader, reader.size(), $undefined, _depth + 1, message.coverImage);
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
             * Decodes a Show message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.metadata.Show
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.metadata.Show & spotify.metadata.Show.$Shape} Show
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Show.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Show message.
             * @function verify
             * @memberof spotify.metadata.Show
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Show.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.gid != null && $Object.hasOwnProperty.call(message, "gid"))
                    if (!(message.gid && typeof message.gid.length === "number" || $util.isString(message.gid)))
                        return "gid: buffer expected";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.coverImage != null && $Object.hasOwnProperty.call(message, "coverImage")) {
                    let error = $root.spotify.metadata.ImageGroup.verify(message.coverImage, _depth + 1);
                    if (error)
                        return "coverImage." + error;
                }
                return null;
            };

            /**
             * Creates a Show message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.metadata.Show
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.metadata.Show} Show
             */
            Show.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.metadata.Show)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.metadata.Show: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.spotify.metadata.Show();
                if (object.gid != null)
                    if (typeof object.gid === "string")
                        $util.base64.decode(object.gid, message.gid = $util.newBuffer($util.base64.length(object.gid)), 0);
                    else if (object.gid.length >= 0)
                        message.gid = object.gid;
                if (object.name != null)
                    message.name = $String(object.name);
                if (object.coverImage != null) {
                    if (!$util.isObject(object.coverImage))
                        throw $TypeError(".spotify.metadata.Show.coverImage: object expected");
                    message.coverImage = $root.spotify.metadata.ImageGroup.fromObject(object.coverImage, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a Show message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.metadata.Show
             * @static
             * @param {spotify.metadata.Show} message Show
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Show.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.gid = "";
                    else {
                        object.gid = [];
                        if (options.bytes !== $Array)
                            object.gid = $util.newBuffer(object.gid);
                    }
                    object.name = "";
                    object.coverImage = null;
                }
                if (message.gid != null && $Object.hasOwnProperty.call(message, "gid"))
                    object.gid = options.bytes === $String ? $util.base64.encode(message.gid, 0, message.gid.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.gid) : message.gid;
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.coverImage != null && $Object.hasOwnProperty.call(message, "coverImage"))
                    object.coverImage = $root.spotify.metadata.ImageGroup.toObject(message.coverImage, options, _depth + 1);
                return object;
            };

            /**
             * Converts this Show to JSON.
             * @function toJSON
             * @memberof spotify.metadata.Show
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Show.prototype.toJSON = function() {
                return Show.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Show
             * @function getTypeUrl
             * @memberof spotify.metadata.Show
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Show.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.metadata.Show";
            };

            return Show;
        })();

        metadata.Track = (function() {

            /**
             * Properties of a Track.
             * @typedef {Object} spotify.metadata.Track.$Properties
             * @property {Uint8Array|null} [gid] Track gid
             * @property {string|null} [name] Track name
             * @property {spotify.metadata.Album.$Properties|null} [album] Track album
             * @property {Array.<spotify.metadata.Artist.$Properties>|null} [artist] Track artist
             * @property {number|null} [number] Track number
             * @property {number|null} [discNumber] Track discNumber
             * @property {number|null} [duration] Track duration
             * @property {number|null} [popularity] Track popularity
             * @property {boolean|null} [explicit] Track explicit
             * @property {Array.<spotify.metadata.Restriction.$Properties>|null} [restriction] Track restriction
             * @property {Array.<spotify.metadata.AudioFile.$Properties>|null} [file] Track file
             * @property {Array.<spotify.metadata.Track.$Properties>|null} [alternative] Track alternative
             * @property {Array.<string>|null} [languageOfPerformance] Track languageOfPerformance
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Track.
             * @memberof spotify.metadata
             * @interface ITrack
             * @augments spotify.metadata.Track.$Properties
             * @deprecated Use spotify.metadata.Track.$Properties instead.
             */

            /**
             * Shape of a Track.
             * @typedef {spotify.metadata.Track.$Properties} spotify.metadata.Track.$Shape
             */

            /**
             * Constructs a new Track.
             * @memberof spotify.metadata
             * @classdesc Represents a Track.
             * @constructor
             * @param {spotify.metadata.Track.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Track = function (properties) {
                this.artist = [];
                this.restriction = [];
                this.file = [];
                this.alternative = [];
                this.languageOfPerformance = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Track gid.
             * @member {Uint8Array} gid
             * @memberof spotify.metadata.Track
             * @instance
             */
            Track.prototype.gid = $util.newBuffer([]);

            /**
             * Track name.
             * @member {string} name
             * @memberof spotify.metadata.Track
             * @instance
             */
            Track.prototype.name = "";

            /**
             * Track album.
             * @member {spotify.metadata.Album.$Properties|null|undefined} album
             * @memberof spotify.metadata.Track
             * @instance
             */
            Track.prototype.album = null;

            /**
             * Track artist.
             * @member {Array.<spotify.metadata.Artist.$Properties>} artist
             * @memberof spotify.metadata.Track
             * @instance
             */
            Track.prototype.artist = $util.emptyArray;

            /**
             * Track number.
             * @member {number} number
             * @memberof spotify.metadata.Track
             * @instance
             */
            Track.prototype.number = 0;

            /**
             * Track discNumber.
             * @member {number} discNumber
             * @memberof spotify.metadata.Track
             * @instance
             */
            Track.prototype.discNumber = 0;

            /**
             * Track duration.
             * @member {number} duration
             * @memberof spotify.metadata.Track
             * @instance
             */
            Track.prototype.duration = 0;

            /**
             * Track popularity.
             * @member {number} popularity
             * @memberof spotify.metadata.Track
             * @instance
             */
            Track.prototype.popularity = 0;

            /**
             * Track explicit.
             * @member {boolean} explicit
             * @memberof spotify.metadata.Track
             * @instance
             */
            Track.prototype.explicit = false;

            /**
             * Track restriction.
             * @member {Array.<spotify.metadata.Restriction.$Properties>} restriction
             * @memberof spotify.metadata.Track
             * @instance
             */
            Track.prototype.restriction = $util.emptyArray;

            /**
             * Track file.
             * @member {Array.<spotify.metadata.AudioFile.$Properties>} file
             * @memberof spotify.metadata.Track
             * @instance
             */
            Track.prototype.file = $util.emptyArray;

            /**
             * Track alternative.
             * @member {Array.<spotify.metadata.Track.$Properties>} alternative
             * @memberof spotify.metadata.Track
             * @instance
             */
            Track.prototype.alternative = $util.emptyArray;

            /**
             * Track languageOfPerformance.
             * @member {Array.<string>} languageOfPerformance
             * @memberof spotify.metadata.Track
             * @instance
             */
            Track.prototype.languageOfPerformance = $util.emptyArray;

            /**
             * Creates a new Track instance using the specified properties.
             * @function create
             * @memberof spotify.metadata.Track
             * @static
             * @param {spotify.metadata.Track.$Properties=} [properties] Properties to set
             * @returns {spotify.metadata.Track} Track instance
             * @type {{
             *   (properties: spotify.metadata.Track.$Shape): spotify.metadata.Track & spotify.metadata.Track.$Shape;
             *   (properties?: spotify.metadata.Track.$Properties): spotify.metadata.Track;
             * }}
             */
            Track.create = function(properties) {
                return new Track(properties);
            };

            /**
             * Encodes the specified Track message. Does not implicitly {@link spotify.metadata.Track.verify|verify} messages.
             * @function encode
             * @memberof spotify.metadata.Track
             * @static
             * @param {spotify.metadata.Track.$Properties} message Track message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Track.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.gid != null && $Object.hasOwnProperty.call(message, "gid"))
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.gid);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                if (message.album != null && $Object.hasOwnProperty.call(message, "album"))
                    $root.spotify.metadata.Album.encode(message.album, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.artist != null && message.artist.length)
                    for (let i = 0; i < message.artist.length; ++i)
                        $root.spotify.metadata.Artist.encode(message.artist[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.number != null && $Object.hasOwnProperty.call(message, "number"))
                    writer.uint32(/* id 5, wireType 0 =*/40).sint32(message.number);
                if (message.discNumber != null && $Object.hasOwnProperty.call(message, "discNumber"))
                    writer.uint32(/* id 6, wireType 0 =*/48).sint32(message.discNumber);
                if (message.duration != null && $Object.hasOwnProperty.call(message, "duration"))
                    writer.uint32(/* id 7, wireType 0 =*/56).sint32(message.duration);
                if (message.popularity != null && $Object.hasOwnProperty.call(message, "popularity"))
                    writer.uint32(/* id 8, wireType 0 =*/64).sint32(message.popularity);
                if (message.explicit != null && $Object.hasOwnProperty.call(message, "explicit"))
                    writer.uint32(/* id 9, wireType 0 =*/72).bool(message.explicit);
                if (message.restriction != null && message.restriction.length)
                    for (let i = 0; i < message.restriction.length; ++i)
                        $root.spotify.metadata.Restriction.encode(message.restriction[i], writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.file != null && message.file.length)
                    for (let i = 0; i < message.file.length; ++i)
                        $root.spotify.metadata.AudioFile.encode(message.file[i], writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.alternative != null && message.alternative.length)
                    for (let i = 0; i < message.alternative.length; ++i)
                        $root.spotify.metadata.Track.encode(message.alternative[i], writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.languageOfPerformance != null && message.languageOfPerformance.length)
                    for (let i = 0; i < message.languageOfPerformance.length; ++i)
                        writer.uint32(/* id 22, wireType 2 =*/178).string(message.languageOfPerformance[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Track message, length delimited. Does not implicitly {@link spotify.metadata.Track.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.metadata.Track
             * @static
             * @param {spotify.metadata.Track.$Properties} message Track message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Track.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Track message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.metadata.Track
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.metadata.Track & spotify.metadata.Track.$Shape} Track
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Track.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.spotify.metadata.Track();
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
                            message.gid = reader.bytes();
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.name = reader.string();
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.album = $root.spotify.metadata.Album.decode(reader, reader.size(), $undefined, _depth + 1, message.album);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.artist && message.artist.length))
                                message.artist = [];
                            message.artist.push($root.spotify.metadata.Artist.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            message.number = reader.sint32();
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            message.discNumber = reader.sint32();
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            message.duration = reader.sint32();
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            message.popularity = reader.sint32();
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            message.explicit = reader.bool();
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if (!(message.restriction && message.restriction.length))
                                message.restriction = [];
                            message.restriction.push($root.spotify.metadata.Restriction.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if (!(message.file && message.file.length))
                                message.file = [];
                            message.file.push($root.spotify.metadata.AudioFile.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            if (!(message.alternative && message.alternative.length))
                                message.alternative = [];
                            message.alternative.push($root.spotify.metadata.Track.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 22: {
                            if (wireType !== 2)
                                break;
                            if (!(message.languageOfPerformance && message.languageOfPerformance.length))
                                message.languageOfPerformance = [];
                            message.languageOfPerformance.push(reader.string());
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
             * Decodes a Track message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.metadata.Track
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.metadata.Track & spotify.metadata.Track.$Shape} Track
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Track.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Track message.
             * @function verify
             * @memberof spotify.metadata.Track
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Track.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.gid != null && $Object.hasOwnProperty.call(message, "gid"))
                    if (!(message.gid && typeof message.gid.length === "number" || $util.isString(message.gid)))
                        return "gid: buffer expected";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.album != null && $Object.hasOwnProperty.call(message, "album")) {
                    let error = $root.spotify.metadata.Album.verify(message.album, _depth + 1);
                    if (error)
                        return "album." + error;
                }
                if (message.artist != null && $Object.hasOwnProperty.call(message, "artist")) {
                    if (!$Array.isArray(message.artist))
                        return "artist: array expected";
                    for (let i = 0; i < message.artist.length; ++i) {
                        let error = $root.spotify.metadata.Artist.verify(message.artist[i], _depth + 1);
                        if (error)
                            return "artist." + error;
                    }
                }
                if (message.number != null && $Object.hasOwnProperty.call(message, "number"))
                    if (!$util.isInteger(message.number))
                        return "number: integer expected";
                if (message.discNumber != null && $Object.hasOwnProperty.call(message, "discNumber"))
                    if (!$util.isInteger(message.discNumber))
                        return "discNumber: integer expected";
                if (message.duration != null && $Object.hasOwnProperty.call(message, "duration"))
                    if (!$util.isInteger(message.duration))
                        return "duration: integer expected";
                if (message.popularity != null && $Object.hasOwnProperty.call(message, "popularity"))
                    if (!$util.isInteger(message.popularity))
                        return "popularity: integer expected";
                if (message.explicit != null && $Object.hasOwnProperty.call(message, "explicit"))
                    if (typeof message.explicit !== "boolean")
                        return "explicit: boolean expected";
                if (message.restriction != null && $Object.hasOwnProperty.call(message, "restriction")) {
                    if (!$Array.isArray(message.restriction))
                        return "restriction: array expected";
                    for (let i = 0; i < message.restriction.length; ++i) {
                        let error = $root.spotify.metadata.Restriction.verify(message.restriction[i], _depth + 1);
                        if (error)
                            return "restriction." + error;
                    }
                }
                if (message.file != null && $Object.hasOwnProperty.call(message, "file")) {
                    if (!$Array.isArray(message.file))
                        return "file: array expected";
                    for (let i = 0; i < message.file.length; ++i) {
                        let error = $root.spotify.metadata.AudioFile.verify(message.file[i], _depth + 1);
                        if (error)
                            return "file." + error;
                    }
                }
                if (message.alternative != null && $Object.hasOwnProperty.call(message, "alternative")) {
                    if (!$Array.isArray(message.alternative))
                        return "alternative: array expected";
                    for (let i = 0; i < message.alternative.length; ++i) {
                        let error = $root.spotify.metadata.Track.verify(message.alternative[i], _depth + 1);
                        if (error)
                            return "alternative." + error;
                    }
                }
                if (message.languageOfPerformance != null && $Object.hasOwnProperty.call(message, "languageOfPerformance")) {
                    if (!$Array.isArray(message.languageOfPerformance))
                        return "languageOfPerformance: array expected";
                    for (let i = 0; i < message.languageOfPerformance.length; ++i)
                        if (!$util.isString(message.languageOfPerformance[i]))
                            return "languageOfPerformance: string[] expected";
                }
                return null;
            };

            /**
             * Creates a Track message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.metadata.Track
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.metadata.Track} Track
             */
            Track.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.metadata.Track)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.metadata.Track: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.spotify.metadata.Track();
                if (object.gid != null)
                    if (typeof object.gid === "string")
                        $util.base64.decode(object.gid, message.gid = $util.newBuffer($util.base64.length(object.gid)), 0);
                    else if (object.gid.length >= 0)
                        message.gid = object.gid;
                if (object.name != null)
                    message.name = $String(object.name);
                if (object.album != null) {
                    if (!$util.isObject(object.album))
                        throw $TypeError(".spotify.metadata.Track.album: object expected");
                    message.album = $root.spotify.metadata.Album.fromObject(object.album, _depth + 1);
                }
                if (object.artist) {
                    if (!$Array.isArray(object.artist))
                        throw $TypeError(".spotify.metadata.Track.artist: array expected");
                    message.artist = $Array(object.artist.length);
                    for (let i = 0; i < object.artist.length; ++i) {
                        if (!$util.isObject(object.artist[i]))
                            throw $TypeError(".spotify.metadata.Track.artist: object expected");
                        message.artist[i] = $root.spotify.metadata.Artist.fromObject(object.artist[i], _depth + 1);
                    }
                }
                if (object.number != null)
                    message.number = object.number | 0;
                if (object.discNumber != null)
                    message.discNumber = object.discNumber | 0;
                if (object.duration != null)
                    message.duration = object.duration | 0;
                if (object.popularity != null)
                    message.popularity = object.popularity | 0;
                if (object.explicit != null)
                    message.explicit = $Boolean(object.explicit);
                if (object.restriction) {
                    if (!$Array.isArray(object.restriction))
                        throw $TypeError(".spotify.metadata.Track.restriction: array expected");
                    message.restriction = $Array(object.restriction.length);
                    for (let i = 0; i < object.restriction.length; ++i) {
                        if (!$util.isObject(object.restriction[i]))
                            throw $TypeError(".spotify.metadata.Track.restriction: object expected");
                        message.restriction[i] = $root.spotify.metadata.Restriction.fromObject(object.restriction[i], _depth + 1);
                    }
                }
                if (object.file) {
                    if (!$Array.isArray(object.file))
                        throw $TypeError(".spotify.metadata.Track.file: array expected");
                    message.file = $Array(object.file.length);
                    for (let i = 0; i < object.file.length; ++i) {
                        if (!$util.isObject(object.file[i]))
                            throw $TypeError(".spotify.metadata.Track.file: object expected");
                        message.file[i] = $root.spotify.metadata.AudioFile.fromObject(object.file[i], _depth + 1);
                    }
                }
                if (object.alternative) {
                    if (!$Array.isArray(object.alternative))
                        throw $TypeError(".spotify.metadata.Track.alternative: array expected");
                    message.alternative = $Array(object.alternative.length);
                    for (let i = 0; i < object.alternative.length; ++i) {
                        if (!$util.isObject(object.alternative[i]))
                            throw $TypeError(".spotify.metadata.Track.alternative: object expected");
                        message.alternative[i] = $root.spotify.metadata.Track.fromObject(object.alternative[i], _depth + 1);
                    }
                }
                if (object.languageOfPerformance) {
                    if (!$Array.isArray(object.languageOfPerformance))
                        throw $TypeError(".spotify.metadata.Track.languageOfPerformance: array expected");
                    message.languageOfPerformance = $Array(object.languageOfPerformance.length);
                    for (let i = 0; i < object.languageOfPerformance.length; ++i)
                        message.languageOfPerformance[i] = $String(object.languageOfPerformance[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a Track message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.metadata.Track
             * @static
             * @param {spotify.metadata.Track} message Track
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Track.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.artist = [];
                    object.restriction = [];
                    object.file = [];
                    object.alternative = [];
                    object.languageOfPerformance = [];
                }
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.gid = "";
                    else {
                        object.gid = [];
                        if (options.bytes !== $Array)
                            object.gid = $util.newBuffer(object.gid);
                    }
                    object.name = "";
                    object.album = null;
                    object.number = 0;
                    object.discNumber = 0;
                    object.duration = 0;
                    object.popularity = 0;
                    object.explicit = false;
                }
                if (message.gid != null && $Object.hasOwnProperty.call(message, "gid"))
                    object.gid = options.bytes === $String ? $util.base64.encode(message.gid, 0, message.gid.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.gid) : message.gid;
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.album != null && $Object.hasOwnProperty.call(message, "album"))
                    object.album = $root.spotify.metadata.Album.toObject(message.album, options, _depth + 1);
                if (message.artist && message.artist.length) {
                    object.artist = $Array(message.artist.length);
                    for (let j = 0; j < message.artist.length; ++j)
                        object.artist[j] = $root.spotify.metadata.Artist.toObject(message.artist[j], options, _depth + 1);
                }
                if (message.number != null && $Object.hasOwnProperty.call(message, "number"))
                    object.number = message.number;
                if (message.discNumber != null && $Object.hasOwnProperty.call(message, "discNumber"))
                    object.discNumber = message.discNumber;
                if (message.duration != null && $Object.hasOwnProperty.call(message, "duration"))
                    object.duration = message.duration;
                if (message.popularity != null && $Object.hasOwnProperty.call(message, "popularity"))
                    object.popularity = message.popularity;
                if (message.explicit != null && $Object.hasOwnProperty.call(message, "explicit"))
                    object.explicit = message.explicit;
                if (message.restriction && message.restriction.length) {
                    object.restriction = $Array(message.restriction.length);
                    for (let j = 0; j < message.restriction.length; ++j)
                        object.restriction[j] = $root.spotify.metadata.Restriction.toObject(message.restriction[j], options, _depth + 1);
                }
                if (message.file && message.file.length) {
                    object.file = $Array(message.file.length);
                    for (let j = 0; j < message.file.length; ++j)
                        object.file[j] = $root.spotify.metadata.AudioFile.toObject(message.file[j], options, _depth + 1);
                }
                if (message.alternative && message.alternative.length) {
                    object.alternative = $Array(message.alternative.length);
                    for (let j = 0; j < message.alternative.length; ++j)
                        object.alternative[j] = $root.spotify.metadata.Track.toObject(message.alternative[j], options, _depth + 1);
                }
                if (message.languageOfPerformance && message.languageOfPerformance.length) {
                    object.languageOfPerformance = $Array(message.languageOfPerformance.length);
                    for (let j = 0; j < message.languageOfPerformance.length; ++j)
                        object.languageOfPerformance[j] = message.languageOfPerformance[j];
                }
                return object;
            };

            /**
             * Converts this Track to JSON.
             * @function toJSON
             * @memberof spotify.metadata.Track
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Track.prototype.toJSON = function() {
                return Track.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Track
             * @function getTypeUrl
             * @memberof spotify.metadata.Track
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Track.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.metadata.Track";
            };

            return Track;
        })();

        metadata.Episode = (function() {

            /**
             * Properties of an Episode.
             * @typedef {Object} spotify.metadata.Episode.$Properties
             * @property {Uint8Array|null} [gid] Episode gid
             * @property {string|null} [name] Episode name
             * @property {number|null} [duration] Episode duration
             * @property {Array.<spotify.metadata.AudioFile.$Properties>|null} [audio] Episode audio
             * @property {string|null} [description] Episode description
             * @property {spotify.metadata.Date.$Properties|null} [publishTime] Episode publishTime
             * @property {spotify.metadata.ImageGroup.$Properties|null} [coverImage] Episode coverImage
             * @property {string|null} [language] Episode language
             * @property {boolean|null} [explicit] Episode explicit
             * @property {spotify.metadata.Show.$Properties|null} [show] Episode show
             * @property {Array.<spotify.metadata.Restriction.$Properties>|null} [restriction] Episode restriction
             * @property {string|null} [externalUrl] Episode externalUrl
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Episode.
             * @memberof spotify.metadata
             * @interface IEpisode
             * @augments spotify.metadata.Episode.$Properties
             * @deprecated Use spotify.metadata.Episode.$Properties instead.
             */

            /**
             * Shape of an Episode.
             * @typedef {spotify.metadata.Episode.$Properties} spotify.metadata.Episode.$Shape
             */

            /**
             * Constructs a new Episode.
             * @memberof spotify.metadata
             * @classdesc Represents an Episode.
             * @constructor
             * @param {spotify.metadata.Episode.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Episode = function (properties) {
                this.audio = [];
                this.restriction = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Episode gid.
             * @member {Uint8Array} gid
             * @memberof spotify.metadata.Episode
             * @instance
             */
            Episode.prototype.gid = $util.newBuffer([]);

            /**
             * Episode name.
             * @member {string} name
             * @memberof spotify.metadata.Episode
             * @instance
             */
            Episode.prototype.name = "";

            /**
             * Episode duration.
             * @member {number} duration
             * @memberof spotify.metadata.Episode
             * @instance
             */
            Episode.prototype.duration = 0;

            /**
             * Episode audio.
             * @member {Array.<spotify.metadata.AudioFile.$Properties>} audio
             * @memberof spotify.metadata.Episode
             * @instance
             */
            Episode.prototype.audio = $util.emptyArray;

            /**
             * Episode description.
             * @member {string} description
             * @memberof spotify.metadata.Episode
             * @instance
             */
            Episode.prototype.description = "";

            /**
             * Episode publishTime.
             * @member {spotify.metadata.Date.$Properties|null|undefined} publishTime
             * @memberof spotify.metadata.Episode
             * @instance
             */
            Episode.prototype.publishTime = null;

            /**
             * Episode coverImage.
             * @member {spotify.metadata.ImageGroup.$Properties|null|undefined} coverImage
             * @memberof spotify.metadata.Episode
             * @instance
             */
            Episode.prototype.coverImage = null;

            /**
             * Episode language.
             * @member {string} language
             * @memberof spotify.metadata.Episode
             * @instance
             */
            Episode.prototype.language = "";

            /**
             * Episode explicit.
             * @member {boolean} explicit
             * @memberof spotify.metadata.Episode
             * @instance
             */
            Episode.prototype.explicit = false;

            /**
             * Episode show.
             * @member {spotify.metadata.Show.$Properties|null|undefined} show
             * @memberof spotify.metadata.Episode
             * @instance
             */
            Episode.prototype.show = null;

            /**
             * Episode restriction.
             * @member {Array.<spotify.metadata.Restriction.$Properties>} restriction
             * @memberof spotify.metadata.Episode
             * @instance
             */
            Episode.prototype.restriction = $util.emptyArray;

            /**
             * Episode externalUrl.
             * @member {string} externalUrl
             * @memberof spotify.metadata.Episode
             * @instance
             */
            Episode.prototype.externalUrl = "";

            /**
             * Creates a new Episode instance using the specified properties.
             * @function create
             * @memberof spotify.metadata.Episode
             * @static
             * @param {spotify.metadata.Episode.$Properties=} [properties] Properties to set
             * @returns {spotify.metadata.Episode} Episode instance
             * @type {{
             *   (properties: spotify.metadata.Episode.$Shape): spotify.metadata.Episode & spotify.metadata.Episode.$Shape;
             *   (properties?: spotify.metadata.Episode.$Properties): spotify.metadata.Episode;
             * }}
             */
            Episode.create = function(properties) {
                return new Episode(properties);
            };

            /**
             * Encodes the specified Episode message. Does not implicitly {@link spotify.metadata.Episode.verify|verify} messages.
             * @function encode
             * @memberof spotify.metadata.Episode
             * @static
             * @param {spotify.metadata.Episode.$Properties} message Episode message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Episode.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.gid != null && $Object.hasOwnProperty.call(message, "gid"))
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.gid);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                if (message.duration != null && $Object.hasOwnProperty.call(message, "duration"))
                    writer.uint32(/* id 7, wireType 0 =*/56).sint32(message.duration);
                if (message.audio != null && message.audio.length)
                    for (let i = 0; i < message.audio.length; ++i)
                        $root.spotify.metadata.AudioFile.encode(message.audio[i], writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.description != null && $Object.hasOwnProperty.call(message, "description"))
                    writer.uint32(/* id 64, wireType 2 =*/514).string(message.description);
                if (message.publishTime != null && $Object.hasOwnProperty.call(message, "publishTime"))
                    $root.spotify.metadata.Date.encode(message.publishTime, writer.uint32(/* id 66, wireType 2 =*/530).fork(), _depth + 1).ldelim();
                if (message.coverImage != null && $Object.hasOwnProperty.call(message, "coverImage"))
                    $root.spotify.metadata.ImageGroup.encode(message.coverImage, writer.uint32(/* id 68, wireType 2 =*/546).fork(), _depth + 1).ldelim();
                if (message.language != null && $Object.hasOwnProperty.call(message, "language"))
                    writer.uint32(/* id 69, wireType 2 =*/554).string(message.language);
                if (message.explicit != null && $Object.hasOwnProperty.call(message, "explicit"))
                    writer.uint32(/* id 70, wireType 0 =*/560).bool(message.explicit);
                if (message.show != null && $Object.hasOwnProperty.call(message, "show"))
                    $root.spotify.metadata.Show.encode(message.show, writer.uint32(/* id 71, wireType 2 =*/570).fork(), _depth + 1).ldelim();
                if (message.restriction != null && message.restriction.length)
                    for (let i = 0; i < message.restriction.length; ++i)
                        $root.spotify.metadata.Restriction.encode(message.restriction[i], writer.uint32(/* id 75, wireType 2 =*/602).fork(), _depth + 1).ldelim();
                if (message.externalUrl != null && $Object.hasOwnProperty.call(message, "externalUrl"))
                    writer.uint32(/* id 83, wireType 2 =*/666).string(message.externalUrl);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Episode message, length delimited. Does not implicitly {@link spotify.metadata.Episode.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.metadata.Episode
             * @static
             * @param {spotify.metadata.Episode.$Properties} message Episode message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Episode.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Episode message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.metadata.Episode
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.metadata.Episode & spotify.metadata.Episode.$Shape} Episode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Episode.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.spotify.metadata.Episode();
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
                            message.gid = reader.bytes();
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.name = reader.string();
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            message.duration = reader.sint32();
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if (!(message.audio && message.audio.length))
                                message.audio = [];
                            message.audio.push($root.spotify.metadata.AudioFile.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 64: {
                            if (wireType !== 2)
                                break;
                            message.description = reader.string();
                            continue;
                        }
                    case 66: {
                            if (wireType !== 2)
                                break;
                            message.publishTime = $root.spotify.metadata.Date.decode(reader, reader.size(), $undefined, _depth + 1, message.publishTime);
                            continue;
                        }
                    case 68: {
                            if (wireType !== 2)
                                break;
                            message.coverImage = $root.spotify.metadata.ImageGroup.decode(reader, reader.size(), $undefined, _depth + 1, message.coverImage);
                            continue;
                        }
                    case 69: {
                            if (wireType !== 2)
                                break;
                            message.language = reader.string();
                            continue;
                        }
                    case 70: {
                            if (wireType !== 0)
                                break;
                            message.explicit = reader.bool();
                            continue;
                        }
                    case 71: {
                            if (wireType !== 2)
                                break;
                            message.show = $root.spotify.metadata.Show.decode(reader, reader.size(), $undefined, _depth + 1, message.show);
                            continue;
                        }
                    case 75: {
                            if (wireType !== 2)
                                break;
                            if (!(message.restriction && message.restriction.length))
                                message.restriction = [];
                            message.restriction.push($root.spotify.metadata.Restriction.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 83: {
                            if (wireType !== 2)
                                break;
                            message.externalUrl = reader.string();
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
             * Decodes an Episode message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.metadata.Episode
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.metadata.Episode & spotify.metadata.Episode.$Shape} Episode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Episode.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Episode message.
             * @function verify
             * @memberof spotify.metadata.Episode
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Episode.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.gid != null && $Object.hasOwnProperty.call(message, "gid"))
                    if (!(message.gid && typeof message.gid.length === "number" || $util.isString(message.gid)))
                        return "gid: buffer expected";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.duration != null && $Object.hasOwnProperty.call(message, "duration"))
                    if (!$util.isInteger(message.duration))
                        return "duration: integer expected";
                if (message.audio != null && $Object.hasOwnProperty.call(message, "audio")) {
                    if (!$Array.isArray(message.audio))
                        return "audio: array expected";
                    for (let i = 0; i < message.audio.length; ++i) {
                        let error = $root.spotify.metadata.AudioFile.verify(message.audio[i], _depth + 1);
                        if (error)
                            return "audio." + error;
                    }
                }
                if (message.description != null && $Object.hasOwnProperty.call(message, "description"))
                    if (!$util.isString(message.description))
                        return "description: string expected";
                if (message.publishTime != null && $Object.hasOwnProperty.call(message, "publishTime")) {
                    let error = $root.spotify.metadata.Date.verify(message.publishTime, _depth + 1);
                    if (error)
                        return "publishTime." + error;
                }
                if (message.coverImage != null && $Object.hasOwnProperty.call(message, "coverImage")) {
                    let error = $root.spotify.metadata.ImageGroup.verify(message.coverImage, _depth + 1);
                    if (error)
                        return "coverImage." + error;
                }
                if (message.language != null && $Object.hasOwnProperty.call(message, "language"))
                    if (!$util.isString(message.language))
                        return "language: string expected";
                if (message.explicit != null && $Object.hasOwnProperty.call(message, "explicit"))
                    if (typeof message.explicit !== "boolean")
                        return "explicit: boolean expected";
                if (message.show != null && $Object.hasOwnProperty.call(message, "show")) {
                    let error = $root.spotify.metadata.Show.verify(message.show, _depth + 1);
                    if (error)
                        return "show." + error;
                }
                if (message.restriction != null && $Object.hasOwnProperty.call(message, "restriction")) {
                    if (!$Array.isArray(message.restriction))
                        return "restriction: array expected";
                    for (let i = 0; i < message.restriction.length; ++i) {
                        let error = $root.spotify.metadata.Restriction.verify(message.restriction[i], _depth + 1);
                        if (error)
                            return "restriction." + error;
                    }
                }
                if (message.externalUrl != null && $Object.hasOwnProperty.call(message, "externalUrl"))
                    if (!$util.isString(message.externalUrl))
                        return "externalUrl: string expected";
                return null;
            };

            /**
             * Creates an Episode message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.metadata.Episode
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.metadata.Episode} Episode
             */
            Episode.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.metadata.Episode)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.metadata.Episode: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.spotify.metadata.Episode();
                if (object.gid != null)
                    if (typeof object.gid === "string")
                        $util.base64.decode(object.gid, message.gid = $util.newBuffer($util.base64.length(object.gid)), 0);
                    else if (object.gid.length >= 0)
                        message.gid = object.gid;
                if (object.name != null)
                    message.name = $String(object.name);
                if (object.duration != null)
                    message.duration = object.duration | 0;
                if (object.audio) {
                    if (!$Array.isArray(object.audio))
                        throw $TypeError(".spotify.metadata.Episode.audio: array expected");
                    message.audio = $Array(object.audio.length);
                    for (let i = 0; i < object.audio.length; ++i) {
                        if (!$util.isObject(object.audio[i]))
                            throw $TypeError(".spotify.metadata.Episode.audio: object expected");
                        message.audio[i] = $root.spotify.metadata.AudioFile.fromObject(object.audio[i], _depth + 1);
                    }
                }
                if (object.description != null)
                    message.description = $String(object.description);
                if (object.publishTime != null) {
                    if (!$util.isObject(object.publishTime))
                        throw $TypeError(".spotify.metadata.Episode.publishTime: object expected");
                    message.publishTime = $root.spotify.metadata.Date.fromObject(object.publishTime, _depth + 1);
                }
                if (object.coverImage != null) {
                    if (!$util.isObject(object.coverImage))
                        throw $TypeError(".spotify.metadata.Episode.coverImage: object expected");
                    message.coverImage = $root.spotify.metadata.ImageGroup.fromObject(object.coverImage, _depth + 1);
                }
                if (object.language != null)
                    message.language = $String(object.language);
                if (object.explicit != null)
                    message.explicit = $Boolean(object.explicit);
                if (object.show != null) {
                    if (!$util.isObject(object.show))
                        throw $TypeError(".spotify.metadata.Episode.show: object expected");
                    message.show = $root.spotify.metadata.Show.fromObject(object.show, _depth + 1);
                }
                if (object.restriction) {
                    if (!$Array.isArray(object.restriction))
                        throw $TypeError(".spotify.metadata.Episode.restriction: array expected");
                    message.restriction = $Array(object.restriction.length);
                    for (let i = 0; i < object.restriction.length; ++i) {
                        if (!$util.isObject(object.restriction[i]))
                            throw $TypeError(".spotify.metadata.Episode.restriction: object expected");
                        message.restriction[i] = $root.spotify.metadata.Restriction.fromObject(object.restriction[i], _depth + 1);
                    }
                }
                if (object.externalUrl != null)
                    message.externalUrl = $String(object.externalUrl);
                return message;
            };

            /**
             * Creates a plain object from an Episode message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.metadata.Episode
             * @static
             * @param {spotify.metadata.Episode} message Episode
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Episode.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.audio = [];
                    object.restriction = [];
                }
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.gid = "";
                    else {
                        object.gid = [];
                        if (options.bytes !== $Array)
                            object.gid = $util.newBuffer(object.gid);
                    }
                    object.name = "";
                    object.duration = 0;
                    object.description = "";
                    object.publishTime = null;
                    object.coverImage = null;
                    object.language = "";
                    object.explicit = false;
                    object.show = null;
                    object.externalUrl = "";
                }
                if (message.gid != null && $Object.hasOwnProperty.call(message, "gid"))
                    object.gid = options.bytes === $String ? $util.base64.encode(message.gid, 0, message.gid.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.gid) : message.gid;
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.duration != null && $Object.hasOwnProperty.call(message, "duration"))
                    object.duration = message.duration;
                if (message.audio && message.audio.length) {
                    object.audio = $Array(message.audio.length);
                    for (let j = 0; j < message.audio.length; ++j)
                        object.audio[j] = $root.spotify.metadata.AudioFile.toObject(message.audio[j], options, _depth + 1);
                }
                if (message.description != null && $Object.hasOwnProperty.call(message, "description"))
                    object.description = message.description;
                if (message.publishTime != null && $Object.hasOwnProperty.call(message, "publishTime"))
                    object.publishTime = $root.spotify.metadata.Date.toObject(message.publishTime, options, _depth + 1);
                if (message.coverImage != null && $Object.hasOwnProperty.call(message, "coverImage"))
                    object.coverImage = $root.spotify.metadata.ImageGroup.toObject(message.coverImage, options, _depth + 1);
                if (message.language != null && $Object.hasOwnProperty.call(message, "language"))
                    object.language = message.language;
                if (message.explicit != null && $Object.hasOwnProperty.call(message, "explicit"))
                    object.explicit = message.explicit;
                if (message.show != null && $Object.hasOwnProperty.call(message, "show"))
                    object.show = $root.spotify.metadata.Show.toObject(message.show, options, _depth + 1);
                if (message.restriction && message.restriction.length) {
                    object.restriction = $Array(message.restriction.length);
                    for (let j = 0; j < message.restriction.length; ++j)
                        object.restriction[j] = $root.spotify.metadata.Restriction.toObject(message.restriction[j], options, _depth + 1);
                }
                if (message.externalUrl != null && $Object.hasOwnProperty.call(message, "externalUrl"))
                    object.externalUrl = message.externalUrl;
                return object;
            };

            /**
             * Converts this Episode to JSON.
             * @function toJSON
             * @memberof spotify.metadata.Episode
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Episode.prototype.toJSON = function() {
                return Episode.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Episode
             * @function getTypeUrl
             * @memberof spotify.metadata.Episode
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Episode.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.metadata.Episode";
            };

            return Episode;
        })();

        return metadata;
    })();

    return spotify;
})();

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

        protobuf.Any = (function() {

            /**
             * Properties of an Any.
             * @typedef {Object} google.protobuf.Any.$Properties
             * @property {string|null} [type_url] Any type_url
             * @property {Uint8Array|null} [value] Any value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Any.
             * @memberof google.protobuf
             * @interface IAny
             * @augments google.protobuf.Any.$Properties
             * @deprecated Use google.protobuf.Any.$Properties instead.
             */

            /**
             * Shape of an Any.
             * @typedef {google.protobuf.Any.$Properties} google.protobuf.Any.$Shape
             */

            /**
             * Constructs a new Any.
             * @memberof google.protobuf
             * @classdesc Represents an Any.
             * @constructor
             * @param {google.protobuf.Any.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Any = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Any type_url.
             * @member {string} type_url
             * @memberof google.protobuf.Any
             * @instance
             */
            Any.prototype.type_url = "";

            /**
             * Any value.
             * @member {Uint8Array} value
             * @memberof google.protobuf.Any
             * @instance
             */
            Any.prototype.value = $util.newBuffer([]);

            /**
             * Creates a new Any instance using the specified properties.
             * @function create
             * @memberof google.protobuf.Any
             * @static
             * @param {google.protobuf.Any.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.Any} Any instance
             * @type {{
             *   (properties: google.protobuf.Any.$Shape): google.protobuf.Any & google.protobuf.Any.$Shape;
             *   (properties?: google.protobuf.Any.$Properties): google.protobuf.Any;
             * }}
             */
            Any.create = function(properties) {
                return new Any(properties);
            };

            /**
             * Encodes the specified Any message. Does not implicitly {@link google.protobuf.Any.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.Any
             * @static
             * @param {google.protobuf.Any.$Properties} message Any message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Any.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type_url != null && $Object.hasOwnProperty.call(message, "type_url") && message.type_url !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.type_url);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Any message, length delimited. Does not implicitly {@link google.protobuf.Any.verify|verify} messages.
             * @function encodeDelimited
             * @memberof google.protobuf.Any
             * @static
             * @param {google.protobuf.Any.$Properties} message Any message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Any.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Any message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.Any
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.Any & google.protobuf.Any.$Shape} Any
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Any.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.google.protobuf.Any();
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
                                message.type_url = value;
                            else
                                delete message.type_url;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.value = value;
                            else
                                delete message.value;
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
             * Decodes an Any message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof google.protobuf.Any
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {google.protobuf.Any & google.protobuf.Any.$Shape} Any
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Any.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Any message.
             * @function verify
             * @memberof google.protobuf.Any
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Any.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.type_url != null && $Object.hasOwnProperty.call(message, "type_url"))
                    if (!$util.isString(message.type_url))
                        return "type_url: string expected";
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    if (!(message.value && typeof message.value.length === "number" || $util.isString(message.value)))
                        return "value: buffer expected";
                return null;
            };

            /**
             * Creates an Any message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.Any
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.protobuf.Any} Any
             */
            Any.fromObject = function (object, _depth) {
                if (object instanceof $root.google.protobuf.Any)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".google.protobuf.Any: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.google.protobuf.Any();
                if (object.type_url != null)
                    if (typeof object.type_url !== "string" || object.type_url.length)
                        message.type_url = $String(object.type_url);
                if (object.value != null)
                    if (object.value.length)
                        if (typeof object.value === "string")
                            $util.base64.decode(object.value, message.value = $util.newBuffer($util.base64.length(object.value)), 0);
                        else if (object.value.length >= 0)
                            message.value = object.value;
                return message;
            };

            /**
             * Creates a plain object from an Any message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.Any
             * @static
             * @param {google.protobuf.Any} message Any
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Any.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.type_url = "";
                    if (options.bytes === $String)
                        object.value = "";
                    else {
                        object.value = [];
                        if (options.bytes !== $Array)
                            object.value = $util.newBuffer(object.value);
                    }
                }
                if (message.type_url != null && $Object.hasOwnProperty.call(message, "type_url"))
                    object.type_url = message.type_url;
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = options.bytes === $String ? $util.base64.encode(message.value, 0, message.value.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.value) : message.value;
                return object;
            };

            /**
             * Converts this Any to JSON.
             * @function toJSON
             * @memberof google.protobuf.Any
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Any.prototype.toJSON = function() {
                return Any.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Any
             * @function getTypeUrl
             * @memberof google.protobuf.Any
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Any.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.protobuf.Any";
            };

            return Any;
        })();

        return protobuf;
    })();

    return google;
})();

export {
  $root as default
};
