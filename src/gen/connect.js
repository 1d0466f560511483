/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $Array = $util.global.Array, $TypeError = $util.global.TypeError, $String = $util.global.String, $Boolean = $util.global.Boolean, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $isFinite = $util.global.isFinite;

// Exported root namespace
const $root = $protobuf.roots["spotlet_connect"] || ($protobuf.roots["spotlet_connect"] = {});

export const spotify = $root.spotify = (() => {

    /**
     * Namespace spotify.
     * @exports spotify
     * @namespace
     */
    const spotify = {};

    spotify.player = (function() {

        /**
         * Namespace player.
         * @memberof spotify
         * @namespace
         */
        const player = {};

        player.AutoplayContextRequest = (function() {

            /**
             * Properties of an AutoplayContextRequest.
             * @typedef {Object} spotify.player.AutoplayContextRequest.$Properties
             * @property {string} contextUri AutoplayContextRequest contextUri
             * @property {Array.<string>|null} [recentTrackUri] AutoplayContextRequest recentTrackUri
             * @property {boolean|null} [isVideo] AutoplayContextRequest isVideo
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AutoplayContextRequest.
             * @memberof spotify.player
             * @interface IAutoplayContextRequest
             * @augments spotify.player.AutoplayContextRequest.$Properties
             * @deprecated Use spotify.player.AutoplayContextRequest.$Properties instead.
             */

            /**
             * Shape of an AutoplayContextRequest.
             * @typedef {spotify.player.AutoplayContextRequest.$Properties} spotify.player.AutoplayContextRequest.$Shape
             */

            /**
             * Constructs a new AutoplayContextRequest.
             * @memberof spotify.player
             * @classdesc Represents an AutoplayContextRequest.
             * @constructor
             * @param {spotify.player.AutoplayContextRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AutoplayContextRequest = function (properties) {
                this.recentTrackUri = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AutoplayContextRequest contextUri.
             * @member {string} contextUri
             * @memberof spotify.player.AutoplayContextRequest
             * @instance
             */
            AutoplayContextRequest.prototype.contextUri = "";

            /**
             * AutoplayContextRequest recentTrackUri.
             * @member {Array.<string>} recentTrackUri
             * @memberof spotify.player.AutoplayContextRequest
             * @instance
             */
            AutoplayContextRequest.prototype.recentTrackUri = $util.emptyArray;

            /**
             * AutoplayContextRequest isVideo.
             * @member {boolean} isVideo
             * @memberof spotify.player.AutoplayContextRequest
             * @instance
             */
            AutoplayContextRequest.prototype.isVideo = false;

            /**
             * Creates a new AutoplayContextRequest instance using the specified properties.
             * @function create
             * @memberof spotify.player.AutoplayContextRequest
             * @static
             * @param {spotify.player.AutoplayContextRequest.$Properties=} [properties] Properties to set
             * @returns {spotify.player.AutoplayContextRequest} AutoplayContextRequest instance
             * @type {{
             *   (properties: spotify.player.AutoplayContextRequest.$Shape): spotify.player.AutoplayContextRequest & spotify.player.AutoplayContextRequest.$Shape;
             *   (properties?: spotify.player.AutoplayContextRequest.$Properties): spotify.player.AutoplayContextRequest;
             * }}
             */
            AutoplayContextRequest.create = function(properties) {
                return new AutoplayContextRequest(properties);
            };

            /**
             * Encodes the specified AutoplayContextRequest message. Does not implicitly {@link spotify.player.AutoplayContextRequest.verify|verify} messages.
             * @function encode
             * @memberof spotify.player.AutoplayContextRequest
             * @static
             * @param {spotify.player.AutoplayContextRequest.$Properties} message AutoplayContextRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AutoplayContextRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.contextUri);
                if (message.recentTrackUri != null && message.recentTrackUri.length)
                    for (let i = 0; i < message.recentTrackUri.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.recentTrackUri[i]);
                if (message.isVideo != null && $Object.hasOwnProperty.call(message, "isVideo"))
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.isVideo);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified AutoplayContextRequest message, length delimited. Does not implicitly {@link spotify.player.AutoplayContextRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.player.AutoplayContextRequest
             * @static
             * @param {spotify.player.AutoplayContextRequest.$Properties} message AutoplayContextRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AutoplayContextRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an AutoplayContextRequest message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.player.AutoplayContextRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.player.AutoplayContextRequest & spotify.player.AutoplayContextRequest.$Shape} AutoplayContextRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AutoplayContextRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.spotify.player.AutoplayContextRequest();
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
                            message.contextUri = reader.string();
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.recentTrackUri && message.recentTrackUri.length))
                                message.recentTrackUri = [];
                            message.recentTrackUri.push(reader.string());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            message.isVideo = reader.bool();
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
                if (!$Object.hasOwnProperty.call(message, "contextUri"))
                    throw $util.ProtocolError("missing required 'contextUri'", { instance: message });
                return message;
            };

            /**
             * Decodes an AutoplayContextRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.player.AutoplayContextRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.player.AutoplayContextRequest & spotify.player.AutoplayContextRequest.$Shape} AutoplayContextRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AutoplayContextRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an AutoplayContextRequest message.
             * @function verify
             * @memberof spotify.player.AutoplayContextRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AutoplayContextRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (!$util.isString(message.contextUri))
                    return "contextUri: string expected";
                if (message.recentTrackUri != null && $Object.hasOwnProperty.call(message, "recentTrackUri")) {
                    if (!$Array.isArray(message.recentTrackUri))
                        return "recentTrackUri: array expected";
                    for (let i = 0; i < message.recentTrackUri.length; ++i)
                        if (!$util.isString(message.recentTrackUri[i]))
                            return "recentTrackUri: string[] expected";
                }
                if (message.isVideo != null && $Object.hasOwnProperty.call(message, "isVideo"))
                    if (typeof message.isVideo !== "boolean")
                        return "isVideo: boolean expected";
                return null;
            };

            /**
             * Creates an AutoplayContextRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.player.AutoplayContextRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.player.AutoplayContextRequest} AutoplayContextRequest
             */
            AutoplayContextRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.player.AutoplayContextRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.player.AutoplayContextRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.spotify.player.AutoplayContextRequest();
                if (object.contextUri != null)
                    message.contextUri = $String(object.contextUri);
                if (object.recentTrackUri) {
                    if (!$Array.isArray(object.recentTrackUri))
                        throw $TypeError(".spotify.player.AutoplayContextRequest.recentTrackUri: array expected");
                    message.recentTrackUri = $Array(object.recentTrackUri.length);
                    for (let i = 0; i < object.recentTrackUri.length; ++i)
                        message.recentTrackUri[i] = $String(object.recentTrackUri[i]);
                }
                if (object.isVideo != null)
                    message.isVideo = $Boolean(object.isVideo);
                return message;
            };

            /**
             * Creates a plain object from an AutoplayContextRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.player.AutoplayContextRequest
             * @static
             * @param {spotify.player.AutoplayContextRequest} message AutoplayContextRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AutoplayContextRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.recentTrackUri = [];
                if (options.defaults) {
                    object.contextUri = "";
                    object.isVideo = false;
                }
                if (message.contextUri != null && $Object.hasOwnProperty.call(message, "contextUri"))
                    object.contextUri = message.contextUri;
                if (message.recentTrackUri && message.recentTrackUri.length) {
                    object.recentTrackUri = $Array(message.recentTrackUri.length);
                    for (let j = 0; j < message.recentTrackUri.length; ++j)
                        object.recentTrackUri[j] = message.recentTrackUri[j];
                }
                if (message.isVideo != null && $Object.hasOwnProperty.call(message, "isVideo"))
                    object.isVideo = message.isVideo;
                return object;
            };

            /**
             * Converts this AutoplayContextRequest to JSON.
             * @function toJSON
             * @memberof spotify.player.AutoplayContextRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AutoplayContextRequest.prototype.toJSON = function() {
                return AutoplayContextRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AutoplayContextRequest
             * @function getTypeUrl
             * @memberof spotify.player.AutoplayContextRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AutoplayContextRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.player.AutoplayContextRequest";
            };

            return AutoplayContextRequest;
        })();

        return player;
    })();

    spotify.connectstate = (function() {

        /**
         * Namespace connectstate.
         * @memberof spotify
         * @namespace
         */
        const connectstate = {};

        connectstate.ContextIndex = (function() {

            /**
             * Properties of a ContextIndex.
             * @typedef {Object} spotify.connectstate.ContextIndex.$Properties
             * @property {number|null} [page] ContextIndex page
             * @property {number|null} [track] ContextIndex track
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ContextIndex.
             * @memberof spotify.connectstate
             * @interface IContextIndex
             * @augments spotify.connectstate.ContextIndex.$Properties
             * @deprecated Use spotify.connectstate.ContextIndex.$Properties instead.
             */

            /**
             * Shape of a ContextIndex.
             * @typedef {spotify.connectstate.ContextIndex.$Properties} spotify.connectstate.ContextIndex.$Shape
             */

            /**
             * Constructs a new ContextIndex.
             * @memberof spotify.connectstate
             * @classdesc Represents a ContextIndex.
             * @constructor
             * @param {spotify.connectstate.ContextIndex.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ContextIndex = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ContextIndex page.
             * @member {number} page
             * @memberof spotify.connectstate.ContextIndex
             * @instance
             */
            ContextIndex.prototype.page = 0;

            /**
             * ContextIndex track.
             * @member {number} track
             * @memberof spotify.connectstate.ContextIndex
             * @instance
             */
            ContextIndex.prototype.track = 0;

            /**
             * Creates a new ContextIndex instance using the specified properties.
             * @function create
             * @memberof spotify.connectstate.ContextIndex
             * @static
             * @param {spotify.connectstate.ContextIndex.$Properties=} [properties] Properties to set
             * @returns {spotify.connectstate.ContextIndex} ContextIndex instance
             * @type {{
             *   (properties: spotify.connectstate.ContextIndex.$Shape): spotify.connectstate.ContextIndex & spotify.connectstate.ContextIndex.$Shape;
             *   (properties?: spotify.connectstate.ContextIndex.$Properties): spotify.connectstate.ContextIndex;
             * }}
             */
            ContextIndex.create = function(properties) {
                return new ContextIndex(properties);
            };

            /**
             * Encodes the specified ContextIndex message. Does not implicitly {@link spotify.connectstate.ContextIndex.verify|verify} messages.
             * @function encode
             * @memberof spotify.connectstate.ContextIndex
             * @static
             * @param {spotify.connectstate.ContextIndex.$Properties} message ContextIndex message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ContextIndex.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.page != null && $Object.hasOwnProperty.call(message, "page") && message.page !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.page);
                if (message.track != null && $Object.hasOwnProperty.call(message, "track") && message.track !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.track);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ContextIndex message, length delimited. Does not implicitly {@link spotify.connectstate.ContextIndex.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.connectstate.ContextIndex
             * @static
             * @param {spotify.connectstate.ContextIndex.$Properties} message ContextIndex message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ContextIndex.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ContextIndex message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.connectstate.ContextIndex
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.connectstate.ContextIndex & spotify.connectstate.ContextIndex.$Shape} ContextIndex
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ContextIndex.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.spotify.connectstate.ContextIndex();
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
                            if (value = reader.uint32())
                                message.page = value;
                            else
                                delete message.page;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.track = value;
                            else
                                delete message.track;
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
             * Decodes a ContextIndex message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.connectstate.ContextIndex
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.connectstate.ContextIndex & spotify.connectstate.ContextIndex.$Shape} ContextIndex
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ContextIndex.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ContextIndex message.
             * @function verify
             * @memberof spotify.connectstate.ContextIndex
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ContextIndex.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.page != null && $Object.hasOwnProperty.call(message, "page"))
                    if (!$util.isInteger(message.page))
                        return "page: integer expected";
                if (message.track != null && $Object.hasOwnProperty.call(message, "track"))
                    if (!$util.isInteger(message.track))
                        return "track: integer expected";
                return null;
            };

            /**
             * Creates a ContextIndex message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.connectstate.ContextIndex
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.connectstate.ContextIndex} ContextIndex
             */
            ContextIndex.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.connectstate.ContextIndex)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.connectstate.ContextIndex: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.spotify.connectstate.ContextIndex();
                if (object.page != null)
                    if ($Number(object.page) !== 0)
                        message.page = object.page >>> 0;
                if (object.track != null)
                    if ($Number(object.track) !== 0)
                        message.track = object.track >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a ContextIndex message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.connectstate.ContextIndex
             * @static
             * @param {spotify.connectstate.ContextIndex} message ContextIndex
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ContextIndex.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.page = 0;
                    object.track = 0;
                }
                if (message.page != null && $Object.hasOwnProperty.call(message, "page"))
                    object.page = message.page;
                if (message.track != null && $Object.hasOwnProperty.call(message, "track"))
                    object.track = message.track;
                return object;
            };

            /**
             * Converts this ContextIndex to JSON.
             * @function toJSON
             * @memberof spotify.connectstate.ContextIndex
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ContextIndex.prototype.toJSON = function() {
                return ContextIndex.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ContextIndex
             * @function getTypeUrl
             * @memberof spotify.connectstate.ContextIndex
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ContextIndex.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.connectstate.ContextIndex";
            };

            return ContextIndex;
        })();

        connectstate.ProvidedTrack = (function() {

            /**
             * Properties of a ProvidedTrack.
             * @typedef {Object} spotify.connectstate.ProvidedTrack.$Properties
             * @property {string|null} [uri] ProvidedTrack uri
             * @property {string|null} [uid] ProvidedTrack uid
             * @property {Object.<string,string>|null} [metadata] ProvidedTrack metadata
             * @property {string|null} [provider] ProvidedTrack provider
             * @property {string|null} [albumUri] ProvidedTrack albumUri
             * @property {string|null} [artistUri] ProvidedTrack artistUri
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ProvidedTrack.
             * @memberof spotify.connectstate
             * @interface IProvidedTrack
             * @augments spotify.connectstate.ProvidedTrack.$Properties
             * @deprecated Use spotify.connectstate.ProvidedTrack.$Properties instead.
             */

            /**
             * Shape of a ProvidedTrack.
             * @typedef {spotify.connectstate.ProvidedTrack.$Properties} spotify.connectstate.ProvidedTrack.$Shape
             */

            /**
             * Constructs a new ProvidedTrack.
             * @memberof spotify.connectstate
             * @classdesc Represents a ProvidedTrack.
             * @constructor
             * @param {spotify.connectstate.ProvidedTrack.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ProvidedTrack = function (properties) {
                this.metadata = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ProvidedTrack uri.
             * @member {string} uri
             * @memberof spotify.connectstate.ProvidedTrack
             * @instance
             */
            ProvidedTrack.prototype.uri = "";

            /**
             * ProvidedTrack uid.
             * @member {string} uid
             * @memberof spotify.connectstate.ProvidedTrack
             * @instance
             */
            ProvidedTrack.prototype.uid = "";

            /**
             * ProvidedTrack metadata.
             * @member {Object.<string,string>} metadata
             * @memberof spotify.connectstate.ProvidedTrack
             * @instance
             */
            ProvidedTrack.prototype.metadata = $util.emptyObject;

            /**
             * ProvidedTrack provider.
             * @member {string} provider
             * @memberof spotify.connectstate.ProvidedTrack
             * @instance
             */
            ProvidedTrack.prototype.provider = "";

            /**
             * ProvidedTrack albumUri.
             * @member {string} albumUri
             * @memberof spotify.connectstate.ProvidedTrack
             * @instance
             */
            ProvidedTrack.prototype.albumUri = "";

            /**
             * ProvidedTrack artistUri.
             * @member {string} artistUri
             * @memberof spotify.connectstate.ProvidedTrack
             * @instance
             */
            ProvidedTrack.prototype.artistUri = "";

            /**
             * Creates a new ProvidedTrack instance using the specified properties.
             * @function create
             * @memberof spotify.connectstate.ProvidedTrack
             * @static
             * @param {spotify.connectstate.ProvidedTrack.$Properties=} [properties] Properties to set
             * @returns {spotify.connectstate.ProvidedTrack} ProvidedTrack instance
             * @type {{
             *   (properties: spotify.connectstate.ProvidedTrack.$Shape): spotify.connectstate.ProvidedTrack & spotify.connectstate.ProvidedTrack.$Shape;
             *   (properties?: spotify.connectstate.ProvidedTrack.$Properties): spotify.connectstate.ProvidedTrack;
             * }}
             */
            ProvidedTrack.create = function(properties) {
                return new ProvidedTrack(properties);
            };

            /**
             * Encodes the specified ProvidedTrack message. Does not implicitly {@link spotify.connectstate.ProvidedTrack.verify|verify} messages.
             * @function encode
             * @memberof spotify.connectstate.ProvidedTrack
             * @static
             * @param {spotify.connectstate.ProvidedTrack.$Properties} message ProvidedTrack message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProvidedTrack.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.uri != null && $Object.hasOwnProperty.call(message, "uri") && message.uri !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.uri);
                if (message.uid != null && $Object.hasOwnProperty.call(message, "uid") && message.uid !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.uid);
                if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata"))
                    for (let keys = $Object.keys(message.metadata), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.metadata[keys[i]]).ldelim();
                if (message.provider != null && $Object.hasOwnProperty.call(message, "provider") && message.provider !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.provider);
                if (message.albumUri != null && $Object.hasOwnProperty.call(message, "albumUri") && message.albumUri !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.albumUri);
                if (message.artistUri != null && $Object.hasOwnProperty.call(message, "artistUri") && message.artistUri !== "")
                    writer.uint32(/* id 10, wireType 2 =*/82).string(message.artistUri);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ProvidedTrack message, length delimited. Does not implicitly {@link spotify.connectstate.ProvidedTrack.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.connectstate.ProvidedTrack
             * @static
             * @param {spotify.connectstate.ProvidedTrack.$Properties} message ProvidedTrack message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProvidedTrack.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ProvidedTrack message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.connectstate.ProvidedTrack
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.connectstate.ProvidedTrack & spotify.connectstate.ProvidedTrack.$Shape} ProvidedTrack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProvidedTrack.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.spotify.connectstate.ProvidedTrack();
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
                                message.uri = value;
                            else
                                delete message.uri;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.uid = value;
                            else
                                delete message.uid;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (message.metadata === $util.emptyObject)
                                message.metadata = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.metadata, key);
                            message.metadata[key] = value;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.provider = value;
                            else
                                delete message.provider;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.albumUri = value;
                            else
                                delete message.albumUri;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.artistUri = value;
                            else
                                delete message.artistUri;
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
             * Decodes a ProvidedTrack message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.connectstate.ProvidedTrack
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.connectstate.ProvidedTrack & spotify.connectstate.ProvidedTrack.$Shape} ProvidedTrack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProvidedTrack.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ProvidedTrack message.
             * @function verify
             * @memberof spotify.connectstate.ProvidedTrack
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ProvidedTrack.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.uri != null && $Object.hasOwnProperty.call(message, "uri"))
                    if (!$util.isString(message.uri))
                        return "uri: string expected";
                if (message.uid != null && $Object.hasOwnProperty.call(message, "uid"))
                    if (!$util.isString(message.uid))
                        return "uid: string expected";
                if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata")) {
                    if (!$util.isObject(message.metadata))
                        return "metadata: object expected";
                    let key = $Object.keys(message.metadata);
                    for (let i = 0; i < key.length; ++i)
                        if (!$util.isString(message.metadata[key[i]]))
                            return "metadata: string{k:string} expected";
                }
                if (message.provider != null && $Object.hasOwnProperty.call(message, "provider"))
                    if (!$util.isString(message.provider))
                        return "provider: string expected";
                if (message.albumUri != null && $Object.hasOwnProperty.call(message, "albumUri"))
                    if (!$util.isString(message.albumUri))
                        return "albumUri: string expected";
                if (message.artistUri != null && $Object.hasOwnProperty.call(message, "artistUri"))
                    if (!$util.isString(message.artistUri))
                        return "artistUri: string expected";
                return null;
            };

            /**
             * Creates a ProvidedTrack message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.connectstate.ProvidedTrack
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.connectstate.ProvidedTrack} ProvidedTrack
             */
            ProvidedTrack.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.connectstate.ProvidedTrack)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.connectstate.ProvidedTrack: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.spotify.connectstate.ProvidedTrack();
                if (object.uri != null)
                    if (typeof object.uri !== "string" || object.uri.length)
                        message.uri = $String(object.uri);
                if (object.uid != null)
                    if (typeof object.uid !== "string" || object.uid.length)
                        message.uid = $String(object.uid);
                if (object.metadata) {
                    if (!$util.isObject(object.metadata))
                        throw $TypeError(".spotify.connectstate.ProvidedTrack.metadata: object expected");
                    message.metadata = {};
                    for (let keys = $Object.keys(object.metadata), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.metadata, keys[i]);
                        message.metadata[keys[i]] = $String(object.metadata[keys[i]]);
                    }
                }
                if (object.provider != null)
                    if (typeof object.provider !== "string" || object.provider.length)
                        message.provider = $String(object.provider);
                if (object.albumUri != null)
                    if (typeof object.albumUri !== "string" || object.albumUri.length)
                        message.albumUri = $String(object.albumUri);
                if (object.artistUri != null)
                    if (typeof object.artistUri !== "string" || object.artistUri.length)
                        message.artistUri = $String(object.artistUri);
                return message;
            };

            /**
             * Creates a plain object from a ProvidedTrack message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.connectstate.ProvidedTrack
             * @static
             * @param {spotify.connectstate.ProvidedTrack} message ProvidedTrack
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ProvidedTrack.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.objects || options.defaults)
                    object.metadata = {};
                if (options.defaults) {
                    object.uri = "";
                    object.uid = "";
                    object.provider = "";
                    object.albumUri = "";
                    object.artistUri = "";
                }
                if (message.uri != null && $Object.hasOwnProperty.call(message, "uri"))
                    object.uri = message.uri;
                if (message.uid != null && $Object.hasOwnProperty.call(message, "uid"))
                    object.uid = message.uid;
                let keys2;
                if (message.metadata && (keys2 = $Object.keys(message.metadata)).length) {
                    object.metadata = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.metadata, keys2[j]);
                        object.metadata[keys2[j]] = message.metadata[keys2[j]];
                    }
                }
                if (message.provider != null && $Object.hasOwnProperty.call(message, "provider"))
                    object.provider = message.provider;
                if (message.albumUri != null && $Object.hasOwnProperty.call(message, "albumUri"))
                    object.albumUri = message.albumUri;
                if (message.artistUri != null && $Object.hasOwnProperty.call(message, "artistUri"))
                    object.artistUri = message.artistUri;
                return object;
            };

            /**
             * Converts this ProvidedTrack to JSON.
             * @function toJSON
             * @memberof spotify.connectstate.ProvidedTrack
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ProvidedTrack.prototype.toJSON = function() {
                return ProvidedTrack.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ProvidedTrack
             * @function getTypeUrl
             * @memberof spotify.connectstate.ProvidedTrack
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ProvidedTrack.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.connectstate.ProvidedTrack";
            };

            return ProvidedTrack;
        })();

        connectstate.ContextPlayerOptions = (function() {

            /**
             * Properties of a ContextPlayerOptions.
             * @typedef {Object} spotify.connectstate.ContextPlayerOptions.$Properties
             * @property {boolean|null} [shufflingContext] ContextPlayerOptions shufflingContext
             * @property {boolean|null} [repeatingContext] ContextPlayerOptions repeatingContext
             * @property {boolean|null} [repeatingTrack] ContextPlayerOptions repeatingTrack
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ContextPlayerOptions.
             * @memberof spotify.connectstate
             * @interface IContextPlayerOptions
             * @augments spotify.connectstate.ContextPlayerOptions.$Properties
             * @deprecated Use spotify.connectstate.ContextPlayerOptions.$Properties instead.
             */

            /**
             * Shape of a ContextPlayerOptions.
             * @typedef {spotify.connectstate.ContextPlayerOptions.$Properties} spotify.connectstate.ContextPlayerOptions.$Shape
             */

            /**
             * Constructs a new ContextPlayerOptions.
             * @memberof spotify.connectstate
             * @classdesc Represents a ContextPlayerOptions.
             * @constructor
             * @param {spotify.connectstate.ContextPlayerOptions.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ContextPlayerOptions = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ContextPlayerOptions shufflingContext.
             * @member {boolean} shufflingContext
             * @memberof spotify.connectstate.ContextPlayerOptions
             * @instance
             */
            ContextPlayerOptions.prototype.shufflingContext = false;

            /**
             * ContextPlayerOptions repeatingContext.
             * @member {boolean} repeatingContext
             * @memberof spotify.connectstate.ContextPlayerOptions
             * @instance
             */
            ContextPlayerOptions.prototype.repeatingContext = false;

            /**
             * ContextPlayerOptions repeatingTrack.
             * @member {boolean} repeatingTrack
             * @memberof spotify.connectstate.ContextPlayerOptions
             * @instance
             */
            ContextPlayerOptions.prototype.repeatingTrack = false;

            /**
             * Creates a new ContextPlayerOptions instance using the specified properties.
             * @function create
             * @memberof spotify.connectstate.ContextPlayerOptions
             * @static
             * @param {spotify.connectstate.ContextPlayerOptions.$Properties=} [properties] Properties to set
             * @returns {spotify.connectstate.ContextPlayerOptions} ContextPlayerOptions instance
             * @type {{
             *   (properties: spotify.connectstate.ContextPlayerOptions.$Shape): spotify.connectstate.ContextPlayerOptions & spotify.connectstate.ContextPlayerOptions.$Shape;
             *   (properties?: spotify.connectstate.ContextPlayerOptions.$Properties): spotify.connectstate.ContextPlayerOptions;
             * }}
             */
            ContextPlayerOptions.create = function(properties) {
                return new ContextPlayerOptions(properties);
            };

            /**
             * Encodes the specified ContextPlayerOptions message. Does not implicitly {@link spotify.connectstate.ContextPlayerOptions.verify|verify} messages.
             * @function encode
             * @memberof spotify.connectstate.ContextPlayerOptions
             * @static
             * @param {spotify.connectstate.ContextPlayerOptions.$Properties} message ContextPlayerOptions message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ContextPlayerOptions.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.shufflingContext != null && $Object.hasOwnProperty.call(message, "shufflingContext") && message.shufflingContext !== false)
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.shufflingContext);
                if (message.repeatingContext != null && $Object.hasOwnProperty.call(message, "repeatingContext") && message.repeatingContext !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.repeatingContext);
                if (message.repeatingTrack != null && $Object.hasOwnProperty.call(message, "repeatingTrack") && message.repeatingTrack !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.repeatingTrack);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ContextPlayerOptions message, length delimited. Does not implicitly {@link spotify.connectstate.ContextPlayerOptions.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.connectstate.ContextPlayerOptions
             * @static
             * @param {spotify.connectstate.ContextPlayerOptions.$Properties} message ContextPlayerOptions message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ContextPlayerOptions.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ContextPlayerOptions message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.connectstate.ContextPlayerOptions
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.connectstate.ContextPlayerOptions & spotify.connectstate.ContextPlayerOptions.$Shape} ContextPlayerOptions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ContextPlayerOptions.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.spotify.connectstate.ContextPlayerOptions();
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
                            if (value = reader.bool())
                                message.shufflingContext = value;
                            else
                                delete message.shufflingContext;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.repeatingContext = value;
                            else
                                delete message.repeatingContext;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.repeatingTrack = value;
                            else
                                delete message.repeatingTrack;
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
             * Decodes a ContextPlayerOptions message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.connectstate.ContextPlayerOptions
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.connectstate.ContextPlayerOptions & spotify.connectstate.ContextPlayerOptions.$Shape} ContextPlayerOptions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ContextPlayerOptions.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ContextPlayerOptions message.
             * @function verify
             * @memberof spotify.connectstate.ContextPlayerOptions
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ContextPlayerOptions.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.shufflingContext != null && $Object.hasOwnProperty.call(message, "shufflingContext"))
                    if (typeof message.shufflingContext !== "boolean")
                        return "shufflingContext: boolean expected";
                if (message.repeatingContext != null && $Object.hasOwnProperty.call(message, "repeatingContext"))
                    if (typeof message.repeatingContext !== "boolean")
                        return "repeatingContext: boolean expected";
                if (message.repeatingTrack != null && $Object.hasOwnProperty.call(message, "repeatingTrack"))
                    if (typeof message.repeatingTrack !== "boolean")
                        return "repeatingTrack: boolean expected";
                return null;
            };

            /**
             * Creates a ContextPlayerOptions message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.connectstate.ContextPlayerOptions
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.connectstate.ContextPlayerOptions} ContextPlayerOptions
             */
            ContextPlayerOptions.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.connectstate.ContextPlayerOptions)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.connectstate.ContextPlayerOptions: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.spotify.connectstate.ContextPlayerOptions();
                if (object.shufflingContext != null)
                    if (object.shufflingContext)
                        message.shufflingContext = $Boolean(object.shufflingContext);
                if (object.repeatingContext != null)
                    if (object.repeatingContext)
                        message.repeatingContext = $Boolean(object.repeatingContext);
                if (object.repeatingTrack != null)
                    if (object.repeatingTrack)
                        message.repeatingTrack = $Boolean(object.repeatingTrack);
                return message;
            };

            /**
             * Creates a plain object from a ContextPlayerOptions message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.connectstate.ContextPlayerOptions
             * @static
             * @param {spotify.connectstate.ContextPlayerOptions} message ContextPlayerOptions
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ContextPlayerOptions.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.shufflingContext = false;
                    object.repeatingContext = false;
                    object.repeatingTrack = false;
                }
                if (message.shufflingContext != null && $Object.hasOwnProperty.call(message, "shufflingContext"))
                    object.shufflingContext = message.shufflingContext;
                if (message.repeatingContext != null && $Object.hasOwnProperty.call(message, "repeatingContext"))
                    object.repeatingContext = message.repeatingContext;
                if (message.repeatingTrack != null && $Object.hasOwnProperty.call(message, "repeatingTrack"))
                    object.repeatingTrack = message.repeatingTrack;
                return object;
            };

            /**
             * Converts this ContextPlayerOptions to JSON.
             * @function toJSON
             * @memberof spotify.connectstate.ContextPlayerOptions
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ContextPlayerOptions.prototype.toJSON = function() {
                return ContextPlayerOptions.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ContextPlayerOptions
             * @function getTypeUrl
             * @memberof spotify.connectstate.ContextPlayerOptions
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ContextPlayerOptions.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.connectstate.ContextPlayerOptions";
            };

            return ContextPlayerOptions;
        })();

        connectstate.Restrictions = (function() {

            /**
             * Properties of a Restrictions.
             * @typedef {Object} spotify.connectstate.Restrictions.$Properties
             * @property {Array.<string>|null} [disallowPausingReasons] Restrictions disallowPausingReasons
             * @property {Array.<string>|null} [disallowResumingReasons] Restrictions disallowResumingReasons
             * @property {Array.<string>|null} [disallowSeekingReasons] Restrictions disallowSeekingReasons
             * @property {Array.<string>|null} [disallowPeekingPrevReasons] Restrictions disallowPeekingPrevReasons
             * @property {Array.<string>|null} [disallowPeekingNextReasons] Restrictions disallowPeekingNextReasons
             * @property {Array.<string>|null} [disallowSkippingPrevReasons] Restrictions disallowSkippingPrevReasons
             * @property {Array.<string>|null} [disallowSkippingNextReasons] Restrictions disallowSkippingNextReasons
             * @property {Array.<string>|null} [disallowTogglingRepeatContextReasons] Restrictions disallowTogglingRepeatContextReasons
             * @property {Array.<string>|null} [disallowTogglingRepeatTrackReasons] Restrictions disallowTogglingRepeatTrackReasons
             * @property {Array.<string>|null} [disallowTogglingShuffleReasons] Restrictions disallowTogglingShuffleReasons
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Restrictions.
             * @memberof spotify.connectstate
             * @interface IRestrictions
             * @augments spotify.connectstate.Restrictions.$Properties
             * @deprecated Use spotify.connectstate.Restrictions.$Properties instead.
             */

            /**
             * Shape of a Restrictions.
             * @typedef {spotify.connectstate.Restrictions.$Properties} spotify.connectstate.Restrictions.$Shape
             */

            /**
             * Constructs a new Restrictions.
             * @memberof spotify.connectstate
             * @classdesc Represents a Restrictions.
             * @constructor
             * @param {spotify.connectstate.Restrictions.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Restrictions = function (properties) {
                this.disallowPausingReasons = [];
                this.disallowResumingReasons = [];
                this.disallowSeekingReasons = [];
                this.disallowPeekingPrevReasons = [];
                this.disallowPeekingNextReasons = [];
                this.disallowSkippingPrevReasons = [];
                this.disallowSkippingNextReasons = [];
                this.disallowTogglingRepeatContextReasons = [];
                this.disallowTogglingRepeatTrackReasons = [];
                this.disallowTogglingShuffleReasons = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Restrictions disallowPausingReasons.
             * @member {Array.<string>} disallowPausingReasons
             * @memberof spotify.connectstate.Restrictions
             * @instance
             */
            Restrictions.prototype.disallowPausingReasons = $util.emptyArray;

            /**
             * Restrictions disallowResumingReasons.
             * @member {Array.<string>} disallowResumingReasons
             * @memberof spotify.connectstate.Restrictions
             * @instance
             */
            Restrictions.prototype.disallowResumingReasons = $util.emptyArray;

            /**
             * Restrictions disallowSeekingReasons.
             * @member {Array.<string>} disallowSeekingReasons
             * @memberof spotify.connectstate.Restrictions
             * @instance
             */
            Restrictions.prototype.disallowSeekingReasons = $util.emptyArray;

            /**
             * Restrictions disallowPeekingPrevReasons.
             * @member {Array.<string>} disallowPeekingPrevReasons
             * @memberof spotify.connectstate.Restrictions
             * @instance
             */
            Restrictions.prototype.disallowPeekingPrevReasons = $util.emptyArray;

            /**
             * Restrictions disallowPeekingNextReasons.
             * @member {Array.<string>} disallowPeekingNextReasons
             * @memberof spotify.connectstate.Restrictions
             * @instance
             */
            Restrictions.prototype.disallowPeekingNextReasons = $util.emptyArray;

            /**
             * Restrictions disallowSkippingPrevReasons.
             * @member {Array.<string>} disallowSkippingPrevReasons
             * @memberof spotify.connectstate.Restrictions
             * @instance
             */
            Restrictions.prototype.disallowSkippingPrevReasons = $util.emptyArray;

            /**
             * Restrictions disallowSkippingNextReasons.
             * @member {Array.<string>} disallowSkippingNextReasons
             * @memberof spotify.connectstate.Restrictions
             * @instance
             */
            Restrictions.prototype.disallowSkippingNextReasons = $util.emptyArray;

            /**
             * Restrictions disallowTogglingRepeatContextReasons.
             * @member {Array.<string>} disallowTogglingRepeatContextReasons
             * @memberof spotify.connectstate.Restrictions
             * @instance
             */
            Restrictions.prototype.disallowTogglingRepeatContextReasons = $util.emptyArray;

            /**
             * Restrictions disallowTogglingRepeatTrackReasons.
             * @member {Array.<string>} disallowTogglingRepeatTrackReasons
             * @memberof spotify.connectstate.Restrictions
             * @instance
             */
            Restrictions.prototype.disallowTogglingRepeatTrackReasons = $util.emptyArray;

            /**
             * Restrictions disallowTogglingShuffleReasons.
             * @member {Array.<string>} disallowTogglingShuffleReasons
             * @memberof spotify.connectstate.Restrictions
             * @instance
             */
            Restrictions.prototype.disallowTogglingShuffleReasons = $util.emptyArray;

            /**
             * Creates a new Restrictions instance using the specified properties.
             * @function create
             * @memberof spotify.connectstate.Restrictions
             * @static
             * @param {spotify.connectstate.Restrictions.$Properties=} [properties] Properties to set
             * @returns {spotify.connectstate.Restrictions} Restrictions instance
             * @type {{
             *   (properties: spotify.connectstate.Restrictions.$Shape): spotify.connectstate.Restrictions & spotify.connectstate.Restrictions.$Shape;
             *   (properties?: spotify.connectstate.Restrictions.$Properties): spotify.connectstate.Restrictions;
             * }}
             */
            Restrictions.create = function(properties) {
                return new Restrictions(properties);
            };

            /**
             * Encodes the specified Restrictions message. Does not implicitly {@link spotify.connectstate.Restrictions.verify|verify} messages.
             * @function encode
             * @memberof spotify.connectstate.Restrictions
             * @static
             * @param {spotify.connectstate.Restrictions.$Properties} message Restrictions message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Restrictions.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.disallowPausingReasons != null && message.disallowPausingReasons.length)
                    for (let i = 0; i < message.disallowPausingReasons.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.disallowPausingReasons[i]);
                if (message.disallowResumingReasons != null && message.disallowResumingReasons.length)
                    for (let i = 0; i < message.disallowResumingReasons.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.disallowResumingReasons[i]);
                if (message.disallowSeekingReasons != null && message.disallowSeekingReasons.length)
                    for (let i = 0; i < message.disallowSeekingReasons.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.disallowSeekingReasons[i]);
                if (message.disallowPeekingPrevReasons != null && message.disallowPeekingPrevReasons.length)
                    for (let i = 0; i < message.disallowPeekingPrevReasons.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.disallowPeekingPrevReasons[i]);
                if (message.disallowPeekingNextReasons != null && message.disallowPeekingNextReasons.length)
                    for (let i = 0; i < message.disallowPeekingNextReasons.length; ++i)
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.disallowPeekingNextReasons[i]);
                if (message.disallowSkippingPrevReasons != null && message.disallowSkippingPrevReasons.length)
                    for (let i = 0; i < message.disallowSkippingPrevReasons.length; ++i)
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.disallowSkippingPrevReasons[i]);
                if (message.disallowSkippingNextReasons != null && message.disallowSkippingNextReasons.length)
                    for (let i = 0; i < message.disallowSkippingNextReasons.length; ++i)
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.disallowSkippingNextReasons[i]);
                if (message.disallowTogglingRepeatContextReasons != null && message.disallowTogglingRepeatContextReasons.length)
                    for (let i = 0; i < message.disallowTogglingRepeatContextReasons.length; ++i)
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.disallowTogglingRepeatContextReasons[i]);
                if (message.disallowTogglingRepeatTrackReasons != null && message.disallowTogglingRepeatTrackReasons.length)
                    for (let i = 0; i < message.disallowTogglingRepeatTrackReasons.length; ++i)
                        writer.uint32(/* id 9, wireType 2 =*/74).string(message.disallowTogglingRepeatTrackReasons[i]);
                if (message.disallowTogglingShuffleReasons != null && message.disallowTogglingShuffleReasons.length)
                    for (let i = 0; i < message.disallowTogglingShuffleReasons.length; ++i)
                        writer.uint32(/* id 10, wireType 2 =*/82).string(message.disallowTogglingShuffleReasons[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Restrictions message, length delimited. Does not implicitly {@link spotify.connectstate.Restrictions.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.connectstate.Restrictions
             * @static
             * @param {spotify.connectstate.Restrictions.$Properties} message Restrictions message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Restrictions.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Restrictions message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.connectstate.Restrictions
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.connectstate.Restrictions & spotify.connectstate.Restrictions.$Shape} Restrictions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Restrictions.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.spotify.connectstate.Restrictions();
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
                            if (!(message.disallowPausingReasons && message.disallowPausingReasons.length))
                                message.disallowPausingReasons = [];
                            message.disallowPausingReasons.push(reader.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.disallowResumingReasons && message.disallowResumingReasons.length))
                                message.disallowResumingReasons = [];
                            message.disallowResumingReasons.push(reader.stringVerify());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.disallowSeekingReasons && message.disallowSeekingReasons.length))
                                message.disallowSeekingReasons = [];
                            message.disallowSeekingReasons.push(reader.stringVerify());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.disallowPeekingPrevReasons && message.disallowPeekingPrevReasons.length))
                                message.disallowPeekingPrevReasons = [];
                            message.disallowPeekingPrevReasons.push(reader.stringVerify());
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.disallowPeekingNextReasons && message.disallowPeekingNextReasons.length))
                                message.disallowPeekingNextReasons = [];
                            message.disallowPeekingNextReasons.push(reader.stringVerify());
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.disallowSkippingPrevReasons && message.disallowSkippingPrevReasons.length))
                                message.disallowSkippingPrevReasons = [];
                            message.disallowSkippingPrevReasons.push(reader.stringVerify());
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.disallowSkippingNextReasons && message.disallowSkippingNextReasons.length))
                                message.disallowSkippingNextReasons = [];
                            message.disallowSkippingNextReasons.push(reader.stringVerify());
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if (!(message.disallowTogglingRepeatContextReasons && message.disallowTogglingRepeatContextReasons.length))
                                message.disallowTogglingRepeatContextReasons = [];
                            message.disallowTogglingRepeatContextReasons.push(reader.stringVerify());
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if (!(message.disallowTogglingRepeatTrackReasons && message.disallowTogglingRepeatTrackReasons.length))
                                message.disallowTogglingRepeatTrackReasons = [];
                            message.disallowTogglingRepeatTrackReasons.push(reader.stringVerify());
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if (!(message.disallowTogglingShuffleReasons && message.disallowTogglingShuffleReasons.length))
                                message.disallowTogglingShuffleReasons = [];
                            message.disallowTogglingShuffleReasons.push(reader.stringVerify());
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
             * Decodes a Restrictions message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.connectstate.Restrictions
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.connectstate.Restrictions & spotify.connectstate.Restrictions.$Shape} Restrictions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Restrictions.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Restrictions message.
             * @function verify
             * @memberof spotify.connectstate.Restrictions
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Restrictions.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.disallowPausingReasons != null && $Object.hasOwnProperty.call(message, "disallowPausingReasons")) {
                    if (!$Array.isArray(message.disallowPausingReasons))
                        return "disallowPausingReasons: array expected";
                    for (let i = 0; i < message.disallowPausingReasons.length; ++i)
                        if (!$util.isString(message.disallowPausingReasons[i]))
                            return "disallowPausingReasons: string[] expected";
                }
                if (message.disallowResumingReasons != null && $Object.hasOwnProperty.call(message, "disallowResumingReasons")) {
                    if (!$Array.isArray(message.disallowResumingReasons))
                        return "disallowResumingReasons: array expected";
                    for (let i = 0; i < message.disallowResumingReasons.length; ++i)
                        if (!$util.isString(message.disallowResumingReasons[i]))
                            return "disallowResumingReasons: string[] expected";
                }
                if (message.disallowSeekingReasons != null && $Object.hasOwnProperty.call(message, "disallowSeekingReasons")) {
                    if (!$Array.isArray(message.disallowSeekingReasons))
                        return "disallowSeekingReasons: array expected";
                    for (let i = 0; i < message.disallowSeekingReasons.length; ++i)
                        if (!$util.isString(message.disallowSeekingReasons[i]))
                            return "disallowSeekingReasons: string[] expected";
                }
                if (message.disallowPeekingPrevReasons != null && $Object.hasOwnProperty.call(message, "disallowPeekingPrevReasons")) {
                    if (!$Array.isArray(message.disallowPeekingPrevReasons))
                        return "disallowPeekingPrevReasons: array expected";
                    for (let i = 0; i < message.disallowPeekingPrevReasons.length; ++i)
                        if (!$util.isString(message.disallowPeekingPrevReasons[i]))
                            return "disallowPeekingPrevReasons: string[] expected";
                }
                if (message.disallowPeekingNextReasons != null && $Object.hasOwnProperty.call(message, "disallowPeekingNextReasons")) {
                    if (!$Array.isArray(message.disallowPeekingNextReasons))
                        return "disallowPeekingNextReasons: array expected";
                    for (let i = 0; i < message.disallowPeekingNextReasons.length; ++i)
                        if (!$util.isString(message.disallowPeekingNextReasons[i]))
                            return "disallowPeekingNextReasons: string[] expected";
                }
                if (message.disallowSkippingPrevReasons != null && $Object.hasOwnProperty.call(message, "disallowSkippingPrevReasons")) {
                    if (!$Array.isArray(message.disallowSkippingPrevReasons))
                        return "disallowSkippingPrevReasons: array expected";
                    for (let i = 0; i < message.disallowSkippingPrevReasons.length; ++i)
                        if (!$util.isString(message.disallowSkippingPrevReasons[i]))
                            return "disallowSkippingPrevReasons: string[] expected";
                }
                if (message.disallowSkippingNextReasons != null && $Object.hasOwnProperty.call(message, "disallowSkippingNextReasons")) {
                    if (!$Array.isArray(message.disallowSkippingNextReasons))
                        return "disallowSkippingNextReasons: array expected";
                    for (let i = 0; i < message.disallowSkippingNextReasons.length; ++i)
                        if (!$util.isString(message.disallowSkippingNextReasons[i]))
                            return "disallowSkippingNextReasons: string[] expected";
                }
                if (message.disallowTogglingRepeatContextReasons != null && $Object.hasOwnProperty.call(message, "disallowTogglingRepeatContextReasons")) {
                    if (!$Array.isArray(message.disallowTogglingRepeatContextReasons))
                        return "disallowTogglingRepeatContextReasons: array expected";
                    for (let i = 0; i < message.disallowTogglingRepeatContextReasons.length; ++i)
                        if (!$util.isString(message.disallowTogglingRepeatContextReasons[i]))
                            return "disallowTogglingRepeatContextReasons: string[] expected";
                }
                if (message.disallowTogglingRepeatTrackReasons != null && $Object.hasOwnProperty.call(message, "disallowTogglingRepeatTrackReasons")) {
                    if (!$Array.isArray(message.disallowTogglingRepeatTrackReasons))
                        return "disallowTogglingRepeatTrackReasons: array expected";
                    for (let i = 0; i < message.disallowTogglingRepeatTrackReasons.length; ++i)
                        if (!$util.isString(message.disallowTogglingRepeatTrackReasons[i]))
                            return "disallowTogglingRepeatTrackReasons: string[] expected";
                }
                if (message.disallowTogglingShuffleReasons != null && $Object.hasOwnProperty.call(message, "disallowTogglingShuffleReasons")) {
                    if (!$Array.isArray(message.disallowTogglingShuffleReasons))
                        return "disallowTogglingShuffleReasons: array expected";
                    for (let i = 0; i < message.disallowTogglingShuffleReasons.length; ++i)
                        if (!$util.isString(message.disallowTogglingShuffleReasons[i]))
                            return "disallowTogglingShuffleReasons: string[] expected";
                }
                return null;
            };

            /**
             * Creates a Restrictions message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.connectstate.Restrictions
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.connectstate.Restrictions} Restrictions
             */
            Restrictions.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.connectstate.Restrictions)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.connectstate.Restrictions: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.spotify.connectstate.Restrictions();
                if (object.disallowPausingReasons) {
                    if (!$Array.isArray(object.disallowPausingReasons))
                        throw $TypeError(".spotify.connectstate.Restrictions.disallowPausingReasons: array expected");
                    message.disallowPausingReasons = $Array(object.disallowPausingReasons.length);
                    for (let i = 0; i < object.disallowPausingReasons.length; ++i)
                        message.disallowPausingReasons[i] = $String(object.disallowPausingReasons[i]);
                }
                if (object.disallowResumingReasons) {
                    if (!$Array.isArray(object.disallowResumingReasons))
                        throw $TypeError(".spotify.connectstate.Restrictions.disallowResumingReasons: array expected");
                    message.disallowResumingReasons = $Array(object.disallowResumingReasons.length);
                    for (let i = 0; i < object.disallowResumingReasons.length; ++i)
                        message.disallowResumingReasons[i] = $String(object.disallowResumingReasons[i]);
                }
                if (object.disallowSeekingReasons) {
                    if (!$Array.isArray(object.disallowSeekingReasons))
                        throw $TypeError(".spotify.connectstate.Restrictions.disallowSeekingReasons: array expected");
                    message.disallowSeekingReasons = $Array(object.disallowSeekingReasons.length);
                    for (let i = 0; i < object.disallowSeekingReasons.length; ++i)
                        message.disallowSeekingReasons[i] = $String(object.disallowSeekingReasons[i]);
                }
                if (object.disallowPeekingPrevReasons) {
                    if (!$Array.isArray(object.disallowPeekingPrevReasons))
                        throw $TypeError(".spotify.connectstate.Restrictions.disallowPeekingPrevReasons: array expected");
                    message.disallowPeekingPrevReasons = $Array(object.disallowPeekingPrevReasons.length);
                    for (let i = 0; i < object.disallowPeekingPrevReasons.length; ++i)
                        message.disallowPeekingPrevReasons[i] = $String(object.disallowPeekingPrevReasons[i]);
                }
                if (object.disallowPeekingNextReasons) {
                    if (!$Array.isArray(object.disallowPeekingNextReasons))
                        throw $TypeError(".spotify.connectstate.Restrictions.disallowPeekingNextReasons: array expected");
                    message.disallowPeekingNextReasons = $Array(object.disallowPeekingNextReasons.length);
                    for (let i = 0; i < object.disallowPeekingNextReasons.length; ++i)
                        message.disallowPeekingNextReasons[i] = $String(object.disallowPeekingNextReasons[i]);
                }
                if (object.disallowSkippingPrevReasons) {
                    if (!$Array.isArray(object.disallowSkippingPrevReasons))
                        throw $TypeError(".spotify.connectstate.Restrictions.disallowSkippingPrevReasons: array expected");
                    message.disallowSkippingPrevReasons = $Array(object.disallowSkippingPrevReasons.length);
                    for (let i = 0; i < object.disallowSkippingPrevReasons.length; ++i)
                        message.disallowSkippingPrevReasons[i] = $String(object.disallowSkippingPrevReasons[i]);
                }
                if (object.disallowSkippingNextReasons) {
                    if (!$Array.isArray(object.disallowSkippingNextReasons))
                        throw $TypeError(".spotify.connectstate.Restrictions.disallowSkippingNextReasons: array expected");
                    message.disallowSkippingNextReasons = $Array(object.disallowSkippingNextReasons.length);
                    for (let i = 0; i < object.disallowSkippingNextReasons.length; ++i)
                        message.disallowSkippingNextReasons[i] = $String(object.disallowSkippingNextReasons[i]);
                }
                if (object.disallowTogglingRepeatContextReasons) {
                    if (!$Array.isArray(object.disallowTogglingRepeatContextReasons))
                        throw $TypeError(".spotify.connectstate.Restrictions.disallowTogglingRepeatContextReasons: array expected");
                    message.disallowTogglingRepeatContextReasons = $Array(object.disallowTogglingRepeatContextReasons.length);
                    for (let i = 0; i < object.disallowTogglingRepeatContextReasons.length; ++i)
                        message.disallowTogglingRepeatContextReasons[i] = $String(object.disallowTogglingRepeatContextReasons[i]);
                }
                if (object.disallowTogglingRepeatTrackReasons) {
                    if (!$Array.isArray(object.disallowTogglingRepeatTrackReasons))
                        throw $TypeError(".spotify.connectstate.Restrictions.disallowTogglingRepeatTrackReasons: array expected");
                    message.disallowTogglingRepeatTrackReasons = $Array(object.disallowTogglingRepeatTrackReasons.length);
                    for (let i = 0; i < object.disallowTogglingRepeatTrackReasons.length; ++i)
                        message.disallowTogglingRepeatTrackReasons[i] = $String(object.disallowTogglingRepeatTrackReasons[i]);
                }
                if (object.disallowTogglingShuffleReasons) {
                    if (!$Array.isArray(object.disallowTogglingShuffleReasons))
                        throw $TypeError(".spotify.connectstate.Restrictions.disallowTogglingShuffleReasons: array expected");
                    message.disallowTogglingShuffleReasons = $Array(object.disallowTogglingShuffleReasons.length);
                    for (let i = 0; i < object.disallowTogglingShuffleReasons.length; ++i)
                        message.disallowTogglingShuffleReasons[i] = $String(object.disallowTogglingShuffleReasons[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a Restrictions message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.connectstate.Restrictions
             * @static
             * @param {spotify.connectstate.Restrictions} message Restrictions
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Restrictions.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.disallowPausingReasons = [];
                    object.disallowResumingReasons = [];
                    object.disallowSeekingReasons = [];
                    object.disallowPeekingPrevReasons = [];
                    object.disallowPeekingNextReasons = [];
                    object.disallowSkippingPrevReasons = [];
                    object.disallowSkippingNextReasons = [];
                    object.disallowTogglingRepeatContextReasons = [];
                    object.disallowTogglingRepeatTrackReasons = [];
                    object.disallowTogglingShuffleReasons = [];
                }
                if (message.disallowPausingReasons && message.disallowPausingReasons.length) {
                    object.disallowPausingReasons = $Array(message.disallowPausingReasons.length);
                    for (let j = 0; j < message.disallowPausingReasons.length; ++j)
                        object.disallowPausingReasons[j] = message.disallowPausingReasons[j];
                }
                if (message.disallowResumingReasons && message.disallowResumingReasons.length) {
                    object.disallowResumingReasons = $Array(message.disallowResumingReasons.length);
                    for (let j = 0; j < message.disallowResumingReasons.length; ++j)
                        object.disallowResumingReasons[j] = message.disallowResumingReasons[j];
                }
                if (message.disallowSeekingReasons && message.disallowSeekingReasons.length) {
                    object.disallowSeekingReasons = $Array(message.disallowSeekingReasons.length);
                    for (let j = 0; j < message.disallowSeekingReasons.length; ++j)
                        object.disallowSeekingReasons[j] = message.disallowSeekingReasons[j];
                }
                if (message.disallowPeekingPrevReasons && message.disallowPeekingPrevReasons.length) {
                    object.disallowPeekingPrevReasons = $Array(message.disallowPeekingPrevReasons.length);
                    for (let j = 0; j < message.disallowPeekingPrevReasons.length; ++j)
                        object.disallowPeekingPrevReasons[j] = message.disallowPeekingPrevReasons[j];
                }
                if (message.disallowPeekingNextReasons && message.disallowPeekingNextReasons.length) {
                    object.disallowPeekingNextReasons = $Array(message.disallowPeekingNextReasons.length);
                    for (let j = 0; j < message.disallowPeekingNextReasons.length; ++j)
                        object.disallowPeekingNextReasons[j] = message.disallowPeekingNextReasons[j];
                }
                if (message.disallowSkippingPrevReasons && message.disallowSkippingPrevReasons.length) {
                    object.disallowSkippingPrevReasons = $Array(message.disallowSkippingPrevReasons.length);
                    for (let j = 0; j < message.disallowSkippingPrevReasons.length; ++j)
                        object.disallowSkippingPrevReasons[j] = message.disallowSkippingPrevReasons[j];
                }
                if (message.disallowSkippingNextReasons && message.disallowSkippingNextReasons.length) {
                    object.disallowSkippingNextReasons = $Array(message.disallowSkippingNextReasons.length);
                    for (let j = 0; j < message.disallowSkippingNextReasons.length; ++j)
                        object.disallowSkippingNextReasons[j] = message.disallowSkippingNextReasons[j];
                }
                if (message.disallowTogglingRepeatContextReasons && message.disallowTogglingRepeatContextReasons.length) {
                    object.disallowTogglingRepeatContextReasons = $Array(message.disallowTogglingRepeatContextReasons.length);
                    for (let j = 0; j < message.disallowTogglingRepeatContextReasons.length; ++j)
                        object.disallowTogglingRepeatContextReasons[j] = message.disallowTogglingRepeatContextReasons[j];
                }
                if (message.disallowTogglingRepeatTrackReasons && message.disallowTogglingRepeatTrackReasons.length) {
                    object.disallowTogglingRepeatTrackReasons = $Array(message.disallowTogglingRepeatTrackReasons.length);
                    for (let j = 0; j < message.disallowTogglingRepeatTrackReasons.length; ++j)
                        object.disallowTogglingRepeatTrackReasons[j] = message.disallowTogglingRepeatTrackReasons[j];
                }
                if (message.disallowTogglingShuffleReasons && message.disallowTogglingShuffleReasons.length) {
                    object.disallowTogglingShuffleReasons = $Array(message.disallowTogglingShuffleReasons.length);
                    for (let j = 0; j < message.disallowTogglingShuffleReasons.length; ++j)
                        object.disallowTogglingShuffleReasons[j] = message.disallowTogglingShuffleReasons[j];
                }
                return object;
            };

            /**
             * Converts this Restrictions to JSON.
             * @function toJSON
             * @memberof spotify.connectstate.Restrictions
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Restrictions.prototype.toJSON = function() {
                return Restrictions.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Restrictions
             * @function getTypeUrl
             * @memberof spotify.connectstate.Restrictions
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Restrictions.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.connectstate.Restrictions";
            };

            return Restrictions;
        })();

        connectstate.PlayOrigin = (function() {

            /**
             * Properties of a PlayOrigin.
             * @typedef {Object} spotify.connectstate.PlayOrigin.$Properties
             * @property {string|null} [featureIdentifier] PlayOrigin featureIdentifier
             * @property {string|null} [featureVersion] PlayOrigin featureVersion
             * @property {string|null} [viewUri] PlayOrigin viewUri
             * @property {string|null} [externalReferrer] PlayOrigin externalReferrer
             * @property {string|null} [referrerIdentifier] PlayOrigin referrerIdentifier
             * @property {string|null} [deviceIdentifier] PlayOrigin deviceIdentifier
             * @property {Array.<string>|null} [featureClasses] PlayOrigin featureClasses
             * @property {string|null} [restrictionIdentifier] PlayOrigin restrictionIdentifier
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PlayOrigin.
             * @memberof spotify.connectstate
             * @interface IPlayOrigin
             * @augments spotify.connectstate.PlayOrigin.$Properties
             * @deprecated Use spotify.connectstate.PlayOrigin.$Properties instead.
             */

            /**
             * Shape of a PlayOrigin.
             * @typedef {spotify.connectstate.PlayOrigin.$Properties} spotify.connectstate.PlayOrigin.$Shape
             */

            /**
             * Constructs a new PlayOrigin.
             * @memberof spotify.connectstate
             * @classdesc Represents a PlayOrigin.
             * @constructor
             * @param {spotify.connectstate.PlayOrigin.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PlayOrigin = function (properties) {
                this.featureClasses = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PlayOrigin featureIdentifier.
             * @member {string} featureIdentifier
             * @memberof spotify.connectstate.PlayOrigin
             * @instance
             */
            PlayOrigin.prototype.featureIdentifier = "";

            /**
             * PlayOrigin featureVersion.
             * @member {string} featureVersion
             * @memberof spotify.connectstate.PlayOrigin
             * @instance
             */
            PlayOrigin.prototype.featureVersion = "";

            /**
             * PlayOrigin viewUri.
             * @member {string} viewUri
             * @memberof spotify.connectstate.PlayOrigin
             * @instance
             */
            PlayOrigin.prototype.viewUri = "";

            /**
             * PlayOrigin externalReferrer.
             * @member {string} externalReferrer
             * @memberof spotify.connectstate.PlayOrigin
             * @instance
             */
            PlayOrigin.prototype.externalReferrer = "";

            /**
             * PlayOrigin referrerIdentifier.
             * @member {string} referrerIdentifier
             * @memberof spotify.connectstate.PlayOrigin
             * @instance
             */
            PlayOrigin.prototype.referrerIdentifier = "";

            /**
             * PlayOrigin deviceIdentifier.
             * @member {string} deviceIdentifier
             * @memberof spotify.connectstate.PlayOrigin
             * @instance
             */
            PlayOrigin.prototype.deviceIdentifier = "";

            /**
             * PlayOrigin featureClasses.
             * @member {Array.<string>} featureClasses
             * @memberof spotify.connectstate.PlayOrigin
             * @instance
             */
            PlayOrigin.prototype.featureClasses = $util.emptyArray;

            /**
             * PlayOrigin restrictionIdentifier.
             * @member {string} restrictionIdentifier
             * @memberof spotify.connectstate.PlayOrigin
             * @instance
             */
            PlayOrigin.prototype.restrictionIdentifier = "";

            /**
             * Creates a new PlayOrigin instance using the specified properties.
             * @function create
             * @memberof spotify.connectstate.PlayOrigin
             * @static
             * @param {spotify.connectstate.PlayOrigin.$Properties=} [properties] Properties to set
             * @returns {spotify.connectstate.PlayOrigin} PlayOrigin instance
             * @type {{
             *   (properties: spotify.connectstate.PlayOrigin.$Shape): spotify.connectstate.PlayOrigin & spotify.connectstate.PlayOrigin.$Shape;
             *   (properties?: spotify.connectstate.PlayOrigin.$Properties): spotify.connectstate.PlayOrigin;
             * }}
             */
            PlayOrigin.create = function(properties) {
                return new PlayOrigin(properties);
            };

            /**
             * Encodes the specified PlayOrigin message. Does not implicitly {@link spotify.connectstate.PlayOrigin.verify|verify} messages.
             * @function encode
             * @memberof spotify.connectstate.PlayOrigin
             * @static
             * @param {spotify.connectstate.PlayOrigin.$Properties} message PlayOrigin message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PlayOrigin.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.featureIdentifier != null && $Object.hasOwnProperty.call(message, "featureIdentifier") && message.featureIdentifier !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.featureIdentifier);
                if (message.featureVersion != null && $Object.hasOwnProperty.call(message, "featureVersion") && message.featureVersion !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.featureVersion);
                if (message.viewUri != null && $Object.hasOwnProperty.call(message, "viewUri") && message.viewUri !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.viewUri);
                if (message.externalReferrer != null && $Object.hasOwnProperty.call(message, "externalReferrer") && message.externalReferrer !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.externalReferrer);
                if (message.referrerIdentifier != null && $Object.hasOwnProperty.call(message, "referrerIdentifier") && message.referrerIdentifier !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.referrerIdentifier);
                if (message.deviceIdentifier != null && $Object.hasOwnProperty.call(message, "deviceIdentifier") && message.deviceIdentifier !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.deviceIdentifier);
                if (message.featureClasses != null && message.featureClasses.length)
                    for (let i = 0; i < message.featureClasses.length; ++i)
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.featureClasses[i]);
                if (message.restrictionIdentifier != null && $Object.hasOwnProperty.call(message, "restrictionIdentifier") && message.restrictionIdentifier !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.restrictionIdentifier);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified PlayOrigin message, length delimited. Does not implicitly {@link spotify.connectstate.PlayOrigin.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.connectstate.PlayOrigin
             * @static
             * @param {spotify.connectstate.PlayOrigin.$Properties} message PlayOrigin message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PlayOrigin.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a PlayOrigin message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.connectstate.PlayOrigin
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.connectstate.PlayOrigin & spotify.connectstate.PlayOrigin.$Shape} PlayOrigin
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PlayOrigin.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.spotify.connectstate.PlayOrigin();
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
                                message.featureIdentifier = value;
                            else
                                delete message.featureIdentifier;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.featureVersion = value;
                            else
                                delete message.featureVersion;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.viewUri = value;
                            else
                                delete message.viewUri;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.externalReferrer = value;
                            else
                                delete message.externalReferrer;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.referrerIdentifier = value;
                            else
                                delete message.referrerIdentifier;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.deviceIdentifier = value;
                            else
                                delete message.deviceIdentifier;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.featureClasses && message.featureClasses.length))
                                message.featureClasses = [];
                            message.featureClasses.push(reader.stringVerify());
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.restrictionIdentifier = value;
                            else
                                delete message.restrictionIdentifier;
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
             * Decodes a PlayOrigin message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.connectstate.PlayOrigin
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.connectstate.PlayOrigin & spotify.connectstate.PlayOrigin.$Shape} PlayOrigin
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PlayOrigin.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a PlayOrigin message.
             * @function verify
             * @memberof spotify.connectstate.PlayOrigin
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PlayOrigin.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.featureIdentifier != null && $Object.hasOwnProperty.call(message, "featureIdentifier"))
                    if (!$util.isString(message.featureIdentifier))
                        return "featureIdentifier: string expected";
                if (message.featureVersion != null && $Object.hasOwnProperty.call(message, "featureVersion"))
                    if (!$util.isString(message.featureVersion))
                        return "featureVersion: string expected";
                if (message.viewUri != null && $Object.hasOwnProperty.call(message, "viewUri"))
                    if (!$util.isString(message.viewUri))
                        return "viewUri: string expected";
                if (message.externalReferrer != null && $Object.hasOwnProperty.call(message, "externalReferrer"))
                    if (!$util.isString(message.externalReferrer))
                        return "externalReferrer: string expected";
                if (message.referrerIdentifier != null && $Object.hasOwnProperty.call(message, "referrerIdentifier"))
                    if (!$util.isString(message.referrerIdentifier))
                        return "referrerIdentifier: string expected";
                if (message.deviceIdentifier != null && $Object.hasOwnProperty.call(message, "deviceIdentifier"))
                    if (!$util.isString(message.deviceIdentifier))
                        return "deviceIdentifier: string expected";
                if (message.featureClasses != null && $Object.hasOwnProperty.call(message, "featureClasses")) {
                    if (!$Array.isArray(message.featureClasses))
                        return "featureClasses: array expected";
                    for (let i = 0; i < message.featureClasses.length; ++i)
                        if (!$util.isString(message.featureClasses[i]))
                            return "featureClasses: string[] expected";
                }
                if (message.restrictionIdentifier != null && $Object.hasOwnProperty.call(message, "restrictionIdentifier"))
                    if (!$util.isString(message.restrictionIdentifier))
                        return "restrictionIdentifier: string expected";
                return null;
            };

            /**
             * Creates a PlayOrigin message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.connectstate.PlayOrigin
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.connectstate.PlayOrigin} PlayOrigin
             */
            PlayOrigin.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.connectstate.PlayOrigin)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.connectstate.PlayOrigin: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.spotify.connectstate.PlayOrigin();
                if (object.featureIdentifier != null)
                    if (typeof object.featureIdentifier !== "string" || object.featureIdentifier.length)
                        message.featureIdentifier = $String(object.featureIdentifier);
                if (object.featureVersion != null)
                    if (typeof object.featureVersion !== "string" || object.featureVersion.length)
                        message.featureVersion = $String(object.featureVersion);
                if (object.viewUri != null)
                    if (typeof object.viewUri !== "string" || object.viewUri.length)
                        message.viewUri = $String(object.viewUri);
                if (object.externalReferrer != null)
                    if (typeof object.externalReferrer !== "string" || object.externalReferrer.length)
                        message.externalReferrer = $String(object.externalReferrer);
                if (object.referrerIdentifier != null)
                    if (typeof object.referrerIdentifier !== "string" || object.referrerIdentifier.length)
                        message.referrerIdentifier = $String(object.referrerIdentifier);
                if (object.deviceIdentifier != null)
                    if (typeof object.deviceIdentifier !== "string" || object.deviceIdentifier.length)
                        message.deviceIdentifier = $String(object.deviceIdentifier);
                if (object.featureClasses) {
                    if (!$Array.isArray(object.featureClasses))
                        throw $TypeError(".spotify.connectstate.PlayOrigin.featureClasses: array expected");
                    message.featureClasses = $Array(object.featureClasses.length);
                    for (let i = 0; i < object.featureClasses.length; ++i)
                        message.featureClasses[i] = $String(object.featureClasses[i]);
                }
                if (object.restrictionIdentifier != null)
                    if (typeof object.restrictionIdentifier !== "string" || object.restrictionIdentifier.length)
                        message.restrictionIdentifier = $String(object.restrictionIdentifier);
                return message;
            };

            /**
             * Creates a plain object from a PlayOrigin message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.connectstate.PlayOrigin
             * @static
             * @param {spotify.connectstate.PlayOrigin} message PlayOrigin
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PlayOrigin.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.featureClasses = [];
                if (options.defaults) {
                    object.featureIdentifier = "";
                    object.featureVersion = "";
                    object.viewUri = "";
                    object.externalReferrer = "";
                    object.referrerIdentifier = "";
                    object.deviceIdentifier = "";
                    object.restrictionIdentifier = "";
                }
                if (message.featureIdentifier != null && $Object.hasOwnProperty.call(message, "featureIdentifier"))
                    object.featureIdentifier = message.featureIdentifier;
                if (message.featureVersion != null && $Object.hasOwnProperty.call(message, "featureVersion"))
                    object.featureVersion = message.featureVersion;
                if (message.viewUri != null && $Object.hasOwnProperty.call(message, "viewUri"))
                    object.viewUri = message.viewUri;
                if (message.externalReferrer != null && $Object.hasOwnProperty.call(message, "externalReferrer"))
                    object.externalReferrer = message.externalReferrer;
                if (message.referrerIdentifier != null && $Object.hasOwnProperty.call(message, "referrerIdentifier"))
                    object.referrerIdentifier = message.referrerIdentifier;
                if (message.deviceIdentifier != null && $Object.hasOwnProperty.call(message, "deviceIdentifier"))
                    object.deviceIdentifier = message.deviceIdentifier;
                if (message.featureClasses && message.featureClasses.length) {
                    object.featureClasses = $Array(message.featureClasses.length);
                    for (let j = 0; j < message.featureClasses.length; ++j)
                        object.featureClasses[j] = message.featureClasses[j];
                }
                if (message.restrictionIdentifier != null && $Object.hasOwnProperty.call(message, "restrictionIdentifier"))
                    object.restrictionIdentifier = message.restrictionIdentifier;
                return object;
            };

            /**
             * Converts this PlayOrigin to JSON.
             * @function toJSON
             * @memberof spotify.connectstate.PlayOrigin
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PlayOrigin.prototype.toJSON = function() {
                return PlayOrigin.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PlayOrigin
             * @function getTypeUrl
             * @memberof spotify.connectstate.PlayOrigin
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PlayOrigin.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.connectstate.PlayOrigin";
            };

            return PlayOrigin;
        })();

        connectstate.PlayerState = (function() {

            /**
             * Properties of a PlayerState.
             * @typedef {Object} spotify.connectstate.PlayerState.$Properties
             * @property {number|Long|null} [timestamp] PlayerState timestamp
             * @property {string|null} [contextUri] PlayerState contextUri
             * @property {string|null} [contextUrl] PlayerState contextUrl
             * @property {spotify.connectstate.Restrictions.$Properties|null} [contextRestrictions] PlayerState contextRestrictions
             * @property {spotify.connectstate.PlayOrigin.$Properties|null} [playOrigin] PlayerState playOrigin
             * @property {spotify.connectstate.ContextIndex.$Properties|null} [index] PlayerState index
             * @property {spotify.connectstate.ProvidedTrack.$Properties|null} [track] PlayerState track
             * @property {string|null} [playbackId] PlayerState playbackId
             * @property {number|null} [playbackSpeed] PlayerState playbackSpeed
             * @property {number|Long|null} [positionAsOfTimestamp] PlayerState positionAsOfTimestamp
             * @property {number|Long|null} [duration] PlayerState duration
             * @property {boolean|null} [isPlaying] PlayerState isPlaying
             * @property {boolean|null} [isPaused] PlayerState isPaused
             * @property {boolean|null} [isBuffering] PlayerState isBuffering
             * @property {boolean|null} [isSystemInitiated] PlayerState isSystemInitiated
             * @property {spotify.connectstate.ContextPlayerOptions.$Properties|null} [options] PlayerState options
             * @property {spotify.connectstate.Restrictions.$Properties|null} [restrictions] PlayerState restrictions
             * @property {Array.<spotify.connectstate.ProvidedTrack.$Properties>|null} [prevTracks] PlayerState prevTracks
             * @property {Array.<spotify.connectstate.ProvidedTrack.$Properties>|null} [nextTracks] PlayerState nextTracks
             * @property {Object.<string,string>|null} [contextMetadata] PlayerState contextMetadata
             * @property {Object.<string,string>|null} [pageMetadata] PlayerState pageMetadata
             * @property {string|null} [sessionId] PlayerState sessionId
             * @property {string|null} [queueRevision] PlayerState queueRevision
             * @property {number|Long|null} [position] PlayerState position
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PlayerState.
             * @memberof spotify.connectstate
             * @interface IPlayerState
             * @augments spotify.connectstate.PlayerState.$Properties
             * @deprecated Use spotify.connectstate.PlayerState.$Properties instead.
             */

            /**
             * Shape of a PlayerState.
             * @typedef {spotify.connectstate.PlayerState.$Properties} spotify.connectstate.PlayerState.$Shape
             */

            /**
             * Constructs a new PlayerState.
             * @memberof spotify.connectstate
             * @classdesc Represents a PlayerState.
             * @constructor
             * @param {spotify.connectstate.PlayerState.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PlayerState = function (properties) {
                this.prevTracks = [];
                this.nextTracks = [];
                this.contextMetadata = {};
                this.pageMetadata = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PlayerState timestamp.
             * @member {number|Long} timestamp
             * @memberof spotify.connectstate.PlayerState
             * @instance
             */
            PlayerState.prototype.timestamp = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * PlayerState contextUri.
             * @member {string} contextUri
             * @memberof spotify.connectstate.PlayerState
             * @instance
             */
            PlayerState.prototype.contextUri = "";

            /**
             * PlayerState contextUrl.
             * @member {string} contextUrl
             * @memberof spotify.connectstate.PlayerState
             * @instance
             */
            PlayerState.prototype.contextUrl = "";

            /**
             * PlayerState contextRestrictions.
             * @member {spotify.connectstate.Restrictions.$Properties|null|undefined} contextRestrictions
             * @memberof spotify.connectstate.PlayerState
             * @instance
             */
            PlayerState.prototype.contextRestrictions = null;

            /**
             * PlayerState playOrigin.
             * @member {spotify.connectstate.PlayOrigin.$Properties|null|undefined} playOrigin
             * @memberof spotify.connectstate.PlayerState
             * @instance
             */
            PlayerState.prototype.playOrigin = null;

            /**
             * PlayerState index.
             * @member {spotify.connectstate.ContextIndex.$Properties|null|undefined} index
             * @memberof spotify.connectstate.PlayerState
             * @instance
             */
            PlayerState.prototype.index = null;

            /**
             * PlayerState track.
             * @member {spotify.connectstate.ProvidedTrack.$Properties|null|undefined} track
             * @memberof spotify.connectstate.PlayerState
             * @instance
             */
            PlayerState.prototype.track = null;

            /**
             * PlayerState playbackId.
             * @member {string} playbackId
             * @memberof spotify.connectstate.PlayerState
             * @instance
             */
            PlayerState.prototype.playbackId = "";

            /**
             * PlayerState playbackSpeed.
             * @member {number} playbackSpeed
             * @memberof spotify.connectstate.PlayerState
             * @instance
             */
            PlayerState.prototype.playbackSpeed = 0;

            /**
             * PlayerState positionAsOfTimestamp.
             * @member {number|Long} positionAsOfTimestamp
             * @memberof spotify.connectstate.PlayerState
             * @instance
             */
            PlayerState.prototype.positionAsOfTimestamp = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * PlayerState duration.
             * @member {number|Long} duration
             * @memberof spotify.connectstate.PlayerState
             * @instance
             */
            PlayerState.prototype.duration = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * PlayerState isPlaying.
             * @member {boolean} isPlaying
             * @memberof spotify.connectstate.PlayerState
             * @instance
             */
            PlayerState.prototype.isPlaying = false;

            /**
             * PlayerState isPaused.
             * @member {boolean} isPaused
             * @memberof spotify.connectstate.PlayerState
             * @instance
             */
            PlayerState.prototype.isPaused = false;

            /**
             * PlayerState isBuffering.
             * @member {boolean} isBuffering
             * @memberof spotify.connectstate.PlayerState
             * @instance
             */
            PlayerState.prototype.isBuffering = false;

            /**
             * PlayerState isSystemInitiated.
             * @member {boolean} isSystemInitiated
             * @memberof spotify.connectstate.PlayerState
             * @instance
             */
            PlayerState.prototype.isSystemInitiated = false;

            /**
             * PlayerState options.
             * @member {spotify.connectstate.ContextPlayerOptions.$Properties|null|undefined} options
             * @memberof spotify.connectstate.PlayerState
             * @instance
             */
            PlayerState.prototype.options = null;

            /**
             * PlayerState restrictions.
             * @member {spotify.connectstate.Restrictions.$Properties|null|undefined} restrictions
             * @memberof spotify.connectstate.PlayerState
             * @instance
             */
            PlayerState.prototype.restrictions = null;

            /**
             * PlayerState prevTracks.
             * @member {Array.<spotify.connectstate.ProvidedTrack.$Properties>} prevTracks
             * @memberof spotify.connectstate.PlayerState
             * @instance
             */
            PlayerState.prototype.prevTracks = $util.emptyArray;

            /**
             * PlayerState nextTracks.
             * @member {Array.<spotify.connectstate.ProvidedTrack.$Properties>} nextTracks
             * @memberof spotify.connectstate.PlayerState
             * @instance
             */
            PlayerState.prototype.nextTracks = $util.emptyArray;

            /**
             * PlayerState contextMetadata.
             * @member {Object.<string,string>} contextMetadata
             * @memberof spotify.connectstate.PlayerState
             * @instance
             */
            PlayerState.prototype.contextMetadata = $util.emptyObject;

            /**
             * PlayerState pageMetadata.
             * @member {Object.<string,string>} pageMetadata
             * @memberof spotify.connectstate.PlayerState
             * @instance
             */
            PlayerState.prototype.pageMetadata = $util.emptyObject;

            /**
             * PlayerState sessionId.
             * @member {string} sessionId
             * @memberof spotify.connectstate.PlayerState
             * @instance
             */
            PlayerState.prototype.sessionId = "";

            /**
             * PlayerState queueRevision.
             * @member {string} queueRevision
             * @memberof spotify.connectstate.PlayerState
             * @instance
             */
            PlayerState.prototype.queueRevision = "";

            /**
             * PlayerState position.
             * @member {number|Long} position
             * @memberof spotify.connectstate.PlayerState
             * @instance
             */
            PlayerState.prototype.position = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new PlayerState instance using the specified properties.
             * @function create
             * @memberof spotify.connectstate.PlayerState
             * @static
             * @param {spotify.connectstate.PlayerState.$Properties=} [properties] Properties to set
             * @returns {spotify.connectstate.PlayerState} PlayerState instance
             * @type {{
             *   (properties: spotify.connectstate.PlayerState.$Shape): spotify.connectstate.PlayerState & spotify.connectstate.PlayerState.$Shape;
             *   (properties?: spotify.connectstate.PlayerState.$Properties): spotify.connectstate.PlayerState;
             * }}
             */
            PlayerState.create = function(properties) {
                return new PlayerState(properties);
            };

            /**
             * Encodes the specified PlayerState message. Does not implicitly {@link spotify.connectstate.PlayerState.verify|verify} messages.
             * @function encode
             * @memberof spotify.connectstate.PlayerState
             * @static
             * @param {spotify.connectstate.PlayerState.$Properties} message PlayerState message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PlayerState.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp") && (typeof message.timestamp === "object" ? message.timestamp.low || message.timestamp.high : message.timestamp !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.timestamp);
                if (message.contextUri != null && $Object.hasOwnProperty.call(message, "contextUri") && message.contextUri !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.contextUri);
                if (message.contextUrl != null && $Object.hasOwnProperty.call(message, "contextUrl") && message.contextUrl !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.contextUrl);
                if (message.contextRestrictions != null && $Object.hasOwnProperty.call(message, "contextRestrictions"))
                    $root.spotify.connectstate.Restrictions.encode(message.contextRestrictions, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.playOrigin != null && $Object.hasOwnProperty.call(message, "playOrigin"))
                    $root.spotify.connectstate.PlayOrigin.encode(message.playOrigin, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                    $root.spotify.connectstate.ContextIndex.encode(message.index, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.track != null && $Object.hasOwnProperty.call(message, "track"))
                    $root.spotify.connectstate.ProvidedTrack.encode(message.track, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.playbackId != null && $Object.hasOwnProperty.call(message, "playbackId") && message.playbackId !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.playbackId);
                if (message.playbackSpeed != null && $Object.hasOwnProperty.call(message, "playbackSpeed") && !$Object.is(message.playbackSpeed, 0))
                    writer.uint32(/* id 9, wireType 1 =*/73).double(message.playbackSpeed);
                if (message.positionAsOfTimestamp != null && $Object.hasOwnProperty.call(message, "positionAsOfTimestamp") && (typeof message.positionAsOfTimestamp === "object" ? message.positionAsOfTimestamp.low || message.positionAsOfTimestamp.high : message.positionAsOfTimestamp !== 0))
                    writer.uint32(/* id 10, wireType 0 =*/80).int64(message.positionAsOfTimestamp);
                if (message.duration != null && $Object.hasOwnProperty.call(message, "duration") && (typeof message.duration === "object" ? message.duration.low || message.duration.high : message.duration !== 0))
                    writer.uint32(/* id 11, wireType 0 =*/88).int64(message.duration);
                if (message.isPlaying != null && $Object.hasOwnProperty.call(message, "isPlaying") && message.isPlaying !== false)
                    writer.uint32(/* id 12, wireType 0 =*/96).bool(message.isPlaying);
                if (message.isPaused != null && $Object.hasOwnProperty.call(message, "isPaused") && message.isPaused !== false)
                    writer.uint32(/* id 13, wireType 0 =*/104).bool(message.isPaused);
                if (message.isBuffering != null && $Object.hasOwnProperty.call(message, "isBuffering") && message.isBuffering !== false)
                    writer.uint32(/* id 14, wireType 0 =*/112).bool(message.isBuffering);
                if (message.isSystemInitiated != null && $Object.hasOwnProperty.call(message, "isSystemInitiated") && message.isSystemInitiated !== false)
                    writer.uint32(/* id 15, wireType 0 =*/120).bool(message.isSystemInitiated);
                if (message.options != null && $Object.hasOwnProperty.call(message, "options"))
                    $root.spotify.connectstate.ContextPlayerOptions.encode(message.options, writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                if (message.restrictions != null && $Object.hasOwnProperty.call(message, "restrictions"))
                    $root.spotify.connectstate.Restrictions.encode(message.restrictions, writer.uint32(/* id 17, wireType 2 =*/138).fork(), _depth + 1).ldelim();
                if (message.prevTracks != null && message.prevTracks.length)
                    for (let i = 0; i < message.prevTracks.length; ++i)
                        $root.spotify.connectstate.ProvidedTrack.encode(message.prevTracks[i], writer.uint32(/* id 19, wireType 2 =*/154).fork(), _depth + 1).ldelim();
                if (message.nextTracks != null && message.nextTracks.length)
                    for (let i = 0; i < message.nextTracks.length; ++i)
                        $root.spotify.connectstate.ProvidedTrack.encode(message.nextTracks[i], writer.uint32(/* id 20, wireType 2 =*/162).fork(), _depth + 1).ldelim();
                if (message.contextMetadata != null && $Object.hasOwnProperty.call(message, "contextMetadata"))
                    for (let keys = $Object.keys(message.contextMetadata), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 21, wireType 2 =*/170).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.contextMetadata[keys[i]]).ldelim();
                if (message.pageMetadata != null && $Object.hasOwnProperty.call(message, "pageMetadata"))
                    for (let keys = $Object.keys(message.pageMetadata), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 22, wireType 2 =*/178).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.pageMetadata[keys[i]]).ldelim();
                if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId") && message.sessionId !== "")
                    writer.uint32(/* id 23, wireType 2 =*/186).string(message.sessionId);
                if (message.queueRevision != null && $Object.hasOwnProperty.call(message, "queueRevision") && message.queueRevision !== "")
                    writer.uint32(/* id 24, wireType 2 =*/194).string(message.queueRevision);
                if (message.position != null && $Object.hasOwnProperty.call(message, "position") && (typeof message.position === "object" ? message.position.low || message.position.high : message.position !== 0))
                    writer.uint32(/* id 25, wireType 0 =*/200).int64(message.position);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified PlayerState message, length delimited. Does not implicitly {@link spotify.connectstate.PlayerState.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.connectstate.PlayerState
             * @static
             * @param {spotify.connectstate.PlayerState.$Properties} message PlayerState message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PlayerState.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a PlayerState message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.connectstate.PlayerState
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.connectstate.PlayerState & spotify.connectstate.PlayerState.$Shape} PlayerState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PlayerState.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.spotify.connectstate.PlayerState();
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
                                message.timestamp = value;
                            else
                                delete message.timestamp;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.contextUri = value;
                            else
                                delete message.contextUri;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.contextUrl = value;
                            else
                                delete message.contextUrl;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.contextRestrictions = $root.spotify.connectstate.Restrictions.decode(reader, reader.size(), $undefined, _depth + 1, message.contextRestrictions);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.playOrigin = $root.spotify.connectstate.PlayOrigin.decode(reader, reader.size(), $undefined, _depth + 1, message.playOrigin);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.index = $root.spotify.connectstate.ContextIndex.decode(reader, reader.size(), $undefined, _depth + 1, message.index);
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.track = $root.spotify.connectstate.ProvidedTrack.decode(reader, reader.size(), $undefined, _depth + 1, message.track);
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.playbackId = value;
                            else
                                delete message.playbackId;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.playbackSpeed = value;
                            else
                                delete message.playbackSpeed;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.positionAsOfTimestamp = value;
                            else
                                delete message.positionAsOfTimestamp;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.duration = value;
                            else
                                delete message.duration;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.isPlaying = value;
                            else
                                delete message.isPlaying;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.isPaused = value;
                            else
                                delete message.isPaused;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.isBuffering = value;
                            else
                                delete message.isBuffering;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.isSystemInitiated = value;
                            else
                                delete message.isSystemInitiated;
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            message.options = $root.spotify.connectstate.ContextPlayerOptions.decode(reader, reader.size(), $undefined, _depth + 1, message.options);
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            message.restrictions = $root.spotify.connectstate.Restrictions.decode(reader, reader.size(), $undefined, _depth + 1, message.restrictions);
                            continue;
                        }
                    case 19: {
                            if (wireType !== 2)
                                break;
                            if (!(message.prevTracks && message.prevTracks.length))
                                message.prevTracks = [];
                            message.prevTracks.push($root.spotify.connectstate.ProvidedTrack.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 20: {
                            if (wireType !== 2)
                                break;
                            if (!(message.nextTracks && message.nextTracks.length))
                                message.nextTracks = [];
                            message.nextTracks.push($root.spotify.connectstate.ProvidedTrack.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 21: {
                            if (wireType !== 2)
                                break;
                            if (message.contextMetadata === $util.emptyObject)
                                message.contextMetadata = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.contextMetadata, key);
                            message.contextMetadata[key] = value;
                            continue;
                        }
                    case 22: {
                            if (wireType !== 2)
                                break;
                            if (message.pageMetadata === $util.emptyObject)
                                message.pageMetadata = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.pageMetadata, key);
                            message.pageMetadata[key] = value;
                            continue;
                        }
                    case 23: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sessionId = value;
                            else
                                delete message.sessionId;
                            continue;
                        }
                    case 24: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.queueRevision = value;
                            else
                                delete message.queueRevision;
                            continue;
                        }
                    case 25: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.position = value;
                            else
                                delete message.position;
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
             * Decodes a PlayerState message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.connectstate.PlayerState
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.connectstate.PlayerState & spotify.connectstate.PlayerState.$Shape} PlayerState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PlayerState.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a PlayerState message.
             * @function verify
             * @memberof spotify.connectstate.PlayerState
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PlayerState.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                    if (!$util.isInteger(message.timestamp) && !(message.timestamp && $util.isInteger(message.timestamp.low) && $util.isInteger(message.timestamp.high)))
                        return "timestamp: integer|Long expected";
                if (message.contextUri != null && $Object.hasOwnProperty.call(message, "contextUri"))
                    if (!$util.isString(message.contextUri))
                        return "contextUri: string expected";
                if (message.contextUrl != null && $Object.hasOwnProperty.call(message, "contextUrl"))
                    if (!$util.isString(message.contextUrl))
                        return "contextUrl: string expected";
                if (message.contextRestrictions != null && $Object.hasOwnProperty.call(message, "contextRestrictions")) {
                    let error = $root.spotify.connectstate.Restrictions.verify(message.contextRestrictions, _depth + 1);
                    if (error)
                        return "contextRestrictions." + error;
                }
                if (message.playOrigin != null && $Object.hasOwnProperty.call(message, "playOrigin")) {
                    let error = $root.spotify.connectstate.PlayOrigin.verify(message.playOrigin, _depth + 1);
                    if (error)
                        return "playOrigin." + error;
                }
                if (message.index != null && $Object.hasOwnProperty.call(message, "index")) {
                    let error = $root.spotify.connectstate.ContextIndex.verify(message.index, _depth + 1);
                    if (error)
                        return "index." + error;
                }
                if (message.track != null && $Object.hasOwnProperty.call(message, "track")) {
                    let error = $root.spotify.connectstate.ProvidedTrack.verify(message.track, _depth + 1);
                    if (error)
                        return "track." + error;
                }
                if (message.playbackId != null && $Object.hasOwnProperty.call(message, "playbackId"))
                    if (!$util.isString(message.playbackId))
                        return "playbackId: string expected";
                if (message.playbackSpeed != null && $Object.hasOwnProperty.call(message, "playbackSpeed"))
                    if (typeof message.playbackSpeed !== "number")
                        return "playbackSpeed: number expected";
                if (message.positionAsOfTimestamp != null && $Object.hasOwnProperty.call(message, "positionAsOfTimestamp"))
                    if (!$util.isInteger(message.positionAsOfTimestamp) && !(message.positionAsOfTimestamp && $util.isInteger(message.positionAsOfTimestamp.low) && $util.isInteger(message.positionAsOfTimestamp.high)))
                        return "positionAsOfTimestamp: integer|Long expected";
                if (message.duration != null && $Object.hasOwnProperty.call(message, "duration"))
                    if (!$util.isInteger(message.duration) && !(message.duration && $util.isInteger(message.duration.low) && $util.isInteger(message.duration.high)))
                        return "duration: integer|Long expected";
                if (message.isPlaying != null && $Object.hasOwnProperty.call(message, "isPlaying"))
                    if (typeof message.isPlaying !== "boolean")
                        return "isPlaying: boolean expected";
                if (message.isPaused != null && $Object.hasOwnProperty.call(message, "isPaused"))
                    if (typeof message.isPaused !== "boolean")
                        return "isPaused: boolean expected";
                if (message.isBuffering != null && $Object.hasOwnProperty.call(message, "isBuffering"))
                    if (typeof message.isBuffering !== "boolean")
                        return "isBuffering: boolean expected";
                if (message.isSystemInitiated != null && $Object.hasOwnProperty.call(message, "isSystemInitiated"))
                    if (typeof message.isSystemInitiated !== "boolean")
                        return "isSystemInitiated: boolean expected";
                if (message.options != null && $Object.hasOwnProperty.call(message, "options")) {
                    let error = $root.spotify.connectstate.ContextPlayerOptions.verify(message.options, _depth + 1);
                    if (error)
                        return "options." + error;
                }
                if (message.restrictions != null && $Object.hasOwnProperty.call(message, "restrictions")) {
                    let error = $root.spotify.connectstate.Restrictions.verify(message.restrictions, _depth + 1);
                    if (error)
                        return "restrictions." + error;
                }
                if (message.prevTracks != null && $Object.hasOwnProperty.call(message, "prevTracks")) {
                    if (!$Array.isArray(message.prevTracks))
                        return "prevTracks: array expected";
                    for (let i = 0; i < message.prevTracks.length; ++i) {
                        let error = $root.spotify.connectstate.ProvidedTrack.verify(message.prevTracks[i], _depth + 1);
                        if (error)
                            return "prevTracks." + error;
                    }
                }
                if (message.nextTracks != null && $Object.hasOwnProperty.call(message, "nextTracks")) {
                    if (!$Array.isArray(message.nextTracks))
                        return "nextTracks: array expected";
                    for (let i = 0; i < message.nextTracks.length; ++i) {
                        let error = $root.spotify.connectstate.ProvidedTrack.verify(message.nextTracks[i], _depth + 1);
                        if (error)
                            return "nextTracks." + error;
                    }
                }
                if (message.contextMetadata != null && $Object.hasOwnProperty.call(message, "contextMetadata")) {
                    if (!$util.isObject(message.contextMetadata))
                        return "contextMetadata: object expected";
                    let key = $Object.keys(message.contextMetadata);
                    for (let i = 0; i < key.length; ++i)
                        if (!$util.isString(message.contextMetadata[key[i]]))
                            return "contextMetadata: string{k:string} expected";
                }
                if (message.pageMetadata != null && $Object.hasOwnProperty.call(message, "pageMetadata")) {
                    if (!$util.isObject(message.pageMetadata))
                        return "pageMetadata: object expected";
                    let key = $Object.keys(message.pageMetadata);
                    for (let i = 0; i < key.length; ++i)
                        if (!$util.isString(message.pageMetadata[key[i]]))
                            return "pageMetadata: string{k:string} expected";
                }
                if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId"))
                    if (!$util.isString(message.sessionId))
                        return "sessionId: string expected";
                if (message.queueRevision != null && $Object.hasOwnProperty.call(message, "queueRevision"))
                    if (!$util.isString(message.queueRevision))
                        return "queueRevision: string expected";
                if (message.position != null && $Object.hasOwnProperty.call(message, "position"))
                    if (!$util.isInteger(message.position) && !(message.position && $util.isInteger(message.position.low) && $util.isInteger(message.position.high)))
                        return "position: integer|Long expected";
                return null;
            };

            /**
             * Creates a PlayerState message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.connectstate.PlayerState
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.connectstate.PlayerState} PlayerState
             */
            PlayerState.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.connectstate.PlayerState)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.connectstate.PlayerState: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.spotify.connectstate.PlayerState();
                if (object.timestamp != null)
                    if (typeof object.timestamp === "object" ? object.timestamp.low || object.timestamp.high : $Number(object.timestamp) !== 0)
                        if ($util.Long)
                            message.timestamp = $util.Long.fromValue(object.timestamp, false);
                        else if (typeof object.timestamp === "string")
                            message.timestamp = $parseInt(object.timestamp, 10);
                        else if (typeof object.timestamp === "number")
                            message.timestamp = object.timestamp;
                        else if (typeof object.timestamp === "object")
                            message.timestamp = new $util.LongBits(object.timestamp.low >>> 0, object.timestamp.high >>> 0).toNumber();
                if (object.contextUri != null)
                    if (typeof object.contextUri !== "string" || object.contextUri.length)
                        message.contextUri = $String(object.contextUri);
                if (object.contextUrl != null)
                    if (typeof object.contextUrl !== "string" || object.contextUrl.length)
                        message.contextUrl = $String(object.contextUrl);
                if (object.contextRestrictions != null) {
                    if (!$util.isObject(object.contextRestrictions))
                        throw $TypeError(".spotify.connectstate.PlayerState.contextRestrictions: object expected");
                    message.contextRestrictions = $root.spotify.connectstate.Restrictions.fromObject(object.contextRestrictions, _depth + 1);
                }
                if (object.playOrigin != null) {
                    if (!$util.isObject(object.playOrigin))
                        throw $TypeError(".spotify.connectstate.PlayerState.playOrigin: object expected");
                    message.playOrigin = $root.spotify.connectstate.PlayOrigin.fromObject(object.playOrigin, _depth + 1);
                }
                if (object.index != null) {
                    if (!$util.isObject(object.index))
                        throw $TypeError(".spotify.connectstate.PlayerState.index: object expected");
                    message.index = $root.spotify.connectstate.ContextIndex.fromObject(object.index, _depth + 1);
                }
                if (object.track != null) {
                    if (!$util.isObject(object.track))
                        throw $TypeError(".spotify.connectstate.PlayerState.track: object expected");
                    message.track = $root.spotify.connectstate.ProvidedTrack.fromObject(object.track, _depth + 1);
                }
                if (object.playbackId != null)
                    if (typeof object.playbackId !== "string" || object.playbackId.length)
                        message.playbackId = $String(object.playbackId);
                if (object.playbackSpeed != null)
                    if (!$Object.is($Number(object.playbackSpeed), 0))
                        message.playbackSpeed = $Number(object.playbackSpeed);
                if (object.positionAsOfTimestamp != null)
                    if (typeof object.positionAsOfTimestamp === "object" ? object.positionAsOfTimestamp.low || object.positionAsOfTimestamp.high : $Number(object.positionAsOfTimestamp) !== 0)
                        if ($util.Long)
                            message.positionAsOfTimestamp = $util.Long.fromValue(object.positionAsOfTimestamp, false);
                        else if (typeof object.positionAsOfTimestamp === "string")
                            message.positionAsOfTimestamp = $parseInt(object.positionAsOfTimestamp, 10);
                        else if (typeof object.positionAsOfTimestamp === "number")
                            message.positionAsOfTimestamp = object.positionAsOfTimestamp;
                        else if (typeof object.positionAsOfTimestamp === "object")
                            message.positionAsOfTimestamp = new $util.LongBits(object.positionAsOfTimestamp.low >>> 0, object.positionAsOfTimestamp.high >>> 0).toNumber();
                if (object.duration != null)
                    if (typeof object.duration === "object" ? object.duration.low || object.duration.high : $Number(object.duration) !== 0)
                        if ($util.Long)
                            message.duration = $util.Long.fromValue(object.duration, false);
                        else if (typeof object.duration === "string")
                            message.duration = $parseInt(object.duration, 10);
                        else if (typeof object.duration === "number")
                            message.duration = object.duration;
                        else if (typeof object.duration === "object")
                            message.duration = new $util.LongBits(object.duration.low >>> 0, object.duration.high >>> 0).toNumber();
                if (object.isPlaying != null)
                    if (object.isPlaying)
                        message.isPlaying = $Boolean(object.isPlaying);
                if (object.isPaused != null)
                    if (object.isPaused)
                        message.isPaused = $Boolean(object.isPaused);
                if (object.isBuffering != null)
                    if (object.isBuffering)
                        message.isBuffering = $Boolean(object.isBuffering);
                if (object.isSystemInitiated != null)
                    if (object.isSystemInitiated)
                        message.isSystemInitiated = $Boolean(object.isSystemInitiated);
                if (object.options != null) {
                    if (!$util.isObject(object.options))
                        throw $TypeError(".spotify.connectstate.PlayerState.options: object expected");
                    message.options = $root.spotify.connectstate.ContextPlayerOptions.fromObject(object.options, _depth + 1);
                }
                if (object.restrictions != null) {
                    if (!$util.isObject(object.restrictions))
                        throw $TypeError(".spotify.connectstate.PlayerState.restrictions: object expected");
                    message.restrictions = $root.spotify.connectstate.Restrictions.fromObject(object.restrictions, _depth + 1);
                }
                if (object.prevTracks) {
                    if (!$Array.isArray(object.prevTracks))
                        throw $TypeError(".spotify.connectstate.PlayerState.prevTracks: array expected");
                    message.prevTracks = $Array(object.prevTracks.length);
                    for (let i = 0; i < object.prevTracks.length; ++i) {
                        if (!$util.isObject(object.prevTracks[i]))
                            throw $TypeError(".spotify.connectstate.PlayerState.prevTracks: object expected");
                        message.prevTracks[i] = $root.spotify.connectstate.ProvidedTrack.fromObject(object.prevTracks[i], _depth + 1);
                    }
                }
                if (object.nextTracks) {
                    if (!$Array.isArray(object.nextTracks))
                        throw $TypeError(".spotify.connectstate.PlayerState.nextTracks: array expected");
                    message.nextTracks = $Array(object.nextTracks.length);
                    for (let i = 0; i < object.nextTracks.length; ++i) {
                        if (!$util.isObject(object.nextTracks[i]))
                            throw $TypeError(".spotify.connectstate.PlayerState.nextTracks: object expected");
                        message.nextTracks[i] = $root.spotify.connectstate.ProvidedTrack.fromObject(object.nextTracks[i], _depth + 1);
                    }
                }
                if (object.contextMetadata) {
                    if (!$util.isObject(object.contextMetadata))
                        throw $TypeError(".spotify.connectstate.PlayerState.contextMetadata: object expected");
                    message.contextMetadata = {};
                    for (let keys = $Object.keys(object.contextMetadata), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.contextMetadata, keys[i]);
                        message.contextMetadata[keys[i]] = $String(object.contextMetadata[keys[i]]);
                    }
                }
                if (object.pageMetadata) {
                    if (!$util.isObject(object.pageMetadata))
                        throw $TypeError(".spotify.connectstate.PlayerState.pageMetadata: object expected");
                    message.pageMetadata = {};
                    for (let keys = $Object.keys(object.pageMetadata), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.pageMetadata, keys[i]);
                        message.pageMetadata[keys[i]] = $String(object.pageMetadata[keys[i]]);
                    }
                }
                if (object.sessionId != null)
                    if (typeof object.sessionId !== "string" || object.sessionId.length)
                        message.sessionId = $String(object.sessionId);
                if (object.queueRevision != null)
                    if (typeof object.queueRevision !== "string" || object.queueRevision.length)
                        message.queueRevision = $String(object.queueRevision);
                if (object.position != null)
                    if (typeof object.position === "object" ? object.position.low || object.position.high : $Number(object.position) !== 0)
                        if ($util.Long)
                            message.position = $util.Long.fromValue(object.position, false);
                        else if (typeof object.position === "string")
                            message.position = $parseInt(object.position, 10);
                        else if (typeof object.position === "number")
                            message.position = object.position;
                        else if (typeof object.position === "object")
                            message.position = new $util.LongBits(object.position.low >>> 0, object.position.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a PlayerState message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.connectstate.PlayerState
             * @static
             * @param {spotify.connectstate.PlayerState} message PlayerState
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PlayerState.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.prevTracks = [];
                    object.nextTracks = [];
                }
                if (options.objects || options.defaults) {
                    object.contextMetadata = {};
                    object.pageMetadata = {};
                }
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.timestamp = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.timestamp = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.contextUri = "";
                    object.contextUrl = "";
                    object.contextRestrictions = null;
                    object.playOrigin = null;
                    object.index = null;
                    object.track = null;
                    object.playbackId = "";
                    object.playbackSpeed = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.positionAsOfTimestamp = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.positionAsOfTimestamp = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.duration = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.duration = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.isPlaying = false;
                    object.isPaused = false;
                    object.isBuffering = false;
                    object.isSystemInitiated = false;
                    object.options = null;
                    object.restrictions = null;
                    object.sessionId = "";
                    object.queueRevision = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.position = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.position = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.timestamp = typeof message.timestamp === "number" ? $BigInt(message.timestamp) : $util.Long.fromBits(message.timestamp.low >>> 0, message.timestamp.high >>> 0, false).toBigInt();
                    else if (typeof message.timestamp === "number")
                        object.timestamp = options.longs === $String ? $String(message.timestamp) : message.timestamp;
                    else
                        object.timestamp = options.longs === $String ? $util.Long.prototype.toString.call(message.timestamp) : options.longs === $Number ? new $util.LongBits(message.timestamp.low >>> 0, message.timestamp.high >>> 0).toNumber() : message.timestamp;
                if (message.contextUri != null && $Object.hasOwnProperty.call(message, "contextUri"))
                    object.contextUri = message.contextUri;
                if (message.contextUrl != null && $Object.hasOwnProperty.call(message, "contextUrl"))
                    object.contextUrl = message.contextUrl;
                if (message.contextRestrictions != null && $Object.hasOwnProperty.call(message, "contextRestrictions"))
                    object.contextRestrictions = $root.spotify.connectstate.Restrictions.toObject(message.contextRestrictions, options, _depth + 1);
                if (message.playOrigin != null && $Object.hasOwnProperty.call(message, "playOrigin"))
                    object.playOrigin = $root.spotify.connectstate.PlayOrigin.toObject(message.playOrigin, options, _depth + 1);
                if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                    object.index = $root.spotify.connectstate.ContextIndex.toObject(message.index, options, _depth + 1);
                if (message.track != null && $Object.hasOwnProperty.call(message, "track"))
                    object.track = $root.spotify.connectstate.ProvidedTrack.toObject(message.track, options, _depth + 1);
                if (message.playbackId != null && $Object.hasOwnProperty.call(message, "playbackId"))
                    object.playbackId = message.playbackId;
                if (message.playbackSpeed != null && $Object.hasOwnProperty.call(message, "playbackSpeed"))
                    object.playbackSpeed = options.json && !$isFinite(message.playbackSpeed) ? $String(message.playbackSpeed) : message.playbackSpeed;
                if (message.positionAsOfTimestamp != null && $Object.hasOwnProperty.call(message, "positionAsOfTimestamp"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.positionAsOfTimestamp = typeof message.positionAsOfTimestamp === "number" ? $BigInt(message.positionAsOfTimestamp) : $util.Long.fromBits(message.positionAsOfTimestamp.low >>> 0, message.positionAsOfTimestamp.high >>> 0, false).toBigInt();
                    else if (typeof message.positionAsOfTimestamp === "number")
                        object.positionAsOfTimestamp = options.longs === $String ? $String(message.positionAsOfTimestamp) : message.positionAsOfTimestamp;
                    else
                        object.positionAsOfTimestamp = options.longs === $String ? $util.Long.prototype.toString.call(message.positionAsOfTimestamp) : options.longs === $Number ? new $util.LongBits(message.positionAsOfTimestamp.low >>> 0, message.positionAsOfTimestamp.high >>> 0).toNumber() : message.positionAsOfTimestamp;
                if (message.duration != null && $Object.hasOwnProperty.call(message, "duration"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.duration = typeof message.duration === "number" ? $BigInt(message.duration) : $util.Long.fromBits(message.duration.low >>> 0, message.duration.high >>> 0, false).toBigInt();
                    else if (typeof message.duration === "number")
                        object.duration = options.longs === $String ? $String(message.duration) : message.duration;
                    else
                        object.duration = options.longs === $String ? $util.Long.prototype.toString.call(message.duration) : options.longs === $Number ? new $util.LongBits(message.duration.low >>> 0, message.duration.high >>> 0).toNumber() : message.duration;
                if (message.isPlaying != null && $Object.hasOwnProperty.call(message, "isPlaying"))
                    object.isPlaying = message.isPlaying;
                if (message.isPaused != null && $Object.hasOwnProperty.call(message, "isPaused"))
                    object.isPaused = message.isPaused;
                if (message.isBuffering != null && $Object.hasOwnProperty.call(message, "isBuffering"))
                    object.isBuffering = message.isBuffering;
                if (message.isSystemInitiated != null && $Object.hasOwnProperty.call(message, "isSystemInitiated"))
                    object.isSystemInitiated = message.isSystemInitiated;
                if (message.options != null && $Object.hasOwnProperty.call(message, "options"))
                    object.options = $root.spotify.connectstate.ContextPlayerOptions.toObject(message.options, options, _depth + 1);
                if (message.restrictions != null && $Object.hasOwnProperty.call(message, "restrictions"))
                    object.restrictions = $root.spotify.connectstate.Restrictions.toObject(message.restrictions, options, _depth + 1);
                if (message.prevTracks && message.prevTracks.length) {
                    object.prevTracks = $Array(message.prevTracks.length);
                    for (let j = 0; j < message.prevTracks.length; ++j)
                        object.prevTracks[j] = $root.spotify.connectstate.ProvidedTrack.toObject(message.prevTracks[j], options, _depth + 1);
                }
                if (message.nextTracks && message.nextTracks.length) {
                    object.nextTracks = $Array(message.nextTracks.length);
                    for (let j = 0; j < message.nextTracks.length; ++j)
                        object.nextTracks[j] = $root.spotify.connectstate.ProvidedTrack.toObject(message.nextTracks[j], options, _depth + 1);
                }
                let keys2;
                if (message.contextMetadata && (keys2 = $Object.keys(message.contextMetadata)).length) {
                    object.contextMetadata = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.contextMetadata, keys2[j]);
                        object.contextMetadata[keys2[j]] = message.contextMetadata[keys2[j]];
                    }
                }
                if (message.pageMetadata && (keys2 = $Object.keys(message.pageMetadata)).length) {
                    object.pageMetadata = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.pageMetadata, keys2[j]);
                        object.pageMetadata[keys2[j]] = message.pageMetadata[keys2[j]];
                    }
                }
                if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId"))
                    object.sessionId = message.sessionId;
                if (message.queueRevision != null && $Object.hasOwnProperty.call(message, "queueRevision"))
                    object.queueRevision = message.queueRevision;
                if (message.position != null && $Object.hasOwnProperty.call(message, "position"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.position = typeof message.position === "number" ? $BigInt(message.position) : $util.Long.fromBits(message.position.low >>> 0, message.position.high >>> 0, false).toBigInt();
                    else if (typeof message.position === "number")
                        object.position = options.longs === $String ? $String(message.position) : message.position;
                    else
                        object.position = options.longs === $String ? $util.Long.prototype.toString.call(message.position) : options.longs === $Number ? new $util.LongBits(message.position.low >>> 0, message.position.high >>> 0).toNumber() : message.position;
                return object;
            };

            /**
             * Converts this PlayerState to JSON.
             * @function toJSON
             * @memberof spotify.connectstate.PlayerState
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PlayerState.prototype.toJSON = function() {
                return PlayerState.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PlayerState
             * @function getTypeUrl
             * @memberof spotify.connectstate.PlayerState
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PlayerState.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.connectstate.PlayerState";
            };

            return PlayerState;
        })();

        connectstate.Capabilities = (function() {

            /**
             * Properties of a Capabilities.
             * @typedef {Object} spotify.connectstate.Capabilities.$Properties
             * @property {boolean|null} [canBePlayer] Capabilities canBePlayer
             * @property {boolean|null} [restrictToLocal] Capabilities restrictToLocal
             * @property {boolean|null} [gaiaEqConnectId] Capabilities gaiaEqConnectId
             * @property {boolean|null} [supportsLogout] Capabilities supportsLogout
             * @property {boolean|null} [isObservable] Capabilities isObservable
             * @property {number|null} [volumeSteps] Capabilities volumeSteps
             * @property {Array.<string>|null} [supportedTypes] Capabilities supportedTypes
             * @property {boolean|null} [commandAcks] Capabilities commandAcks
             * @property {boolean|null} [supportsRename] Capabilities supportsRename
             * @property {boolean|null} [hidden] Capabilities hidden
             * @property {boolean|null} [disableVolume] Capabilities disableVolume
             * @property {boolean|null} [connectDisabled] Capabilities connectDisabled
             * @property {boolean|null} [supportsPlaylistV2] Capabilities supportsPlaylistV2
             * @property {boolean|null} [isControllable] Capabilities isControllable
             * @property {boolean|null} [supportsExternalEpisodes] Capabilities supportsExternalEpisodes
             * @property {boolean|null} [supportsSetBackendMetadata] Capabilities supportsSetBackendMetadata
             * @property {boolean|null} [supportsTransferCommand] Capabilities supportsTransferCommand
             * @property {boolean|null} [supportsCommandRequest] Capabilities supportsCommandRequest
             * @property {boolean|null} [isVoiceEnabled] Capabilities isVoiceEnabled
             * @property {boolean|null} [needsFullPlayerState] Capabilities needsFullPlayerState
             * @property {boolean|null} [supportsGzipPushes] Capabilities supportsGzipPushes
             * @property {boolean|null} [supportsSetOptionsCommand] Capabilities supportsSetOptionsCommand
             * @property {boolean|null} [supportsRooms] Capabilities supportsRooms
             * @property {boolean|null} [supportsDj] Capabilities supportsDj
             * @property {number|null} [supportedAudioQuality] Capabilities supportedAudioQuality
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Capabilities.
             * @memberof spotify.connectstate
             * @interface ICapabilities
             * @augments spotify.connectstate.Capabilities.$Properties
             * @deprecated Use spotify.connectstate.Capabilities.$Properties instead.
             */

            /**
             * Shape of a Capabilities.
             * @typedef {spotify.connectstate.Capabilities.$Properties} spotify.connectstate.Capabilities.$Shape
             */

            /**
             * Constructs a new Capabilities.
             * @memberof spotify.connectstate
             * @classdesc Represents a Capabilities.
             * @constructor
             * @param {spotify.connectstate.Capabilities.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Capabilities = function (properties) {
                this.supportedTypes = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Capabilities canBePlayer.
             * @member {boolean} canBePlayer
             * @memberof spotify.connectstate.Capabilities
             * @instance
             */
            Capabilities.prototype.canBePlayer = false;

            /**
             * Capabilities restrictToLocal.
             * @member {boolean} restrictToLocal
             * @memberof spotify.connectstate.Capabilities
             * @instance
             */
            Capabilities.prototype.restrictToLocal = false;

            /**
             * Capabilities gaiaEqConnectId.
             * @member {boolean} gaiaEqConnectId
             * @memberof spotify.connectstate.Capabilities
             * @instance
             */
            Capabilities.prototype.gaiaEqConnectId = false;

            /**
             * Capabilities supportsLogout.
             * @member {boolean} supportsLogout
             * @memberof spotify.connectstate.Capabilities
             * @instance
             */
            Capabilities.prototype.supportsLogout = false;

            /**
             * Capabilities isObservable.
             * @member {boolean} isObservable
             * @memberof spotify.connectstate.Capabilities
             * @instance
             */
            Capabilities.prototype.isObservable = false;

            /**
             * Capabilities volumeSteps.
             * @member {number} volumeSteps
             * @memberof spotify.connectstate.Capabilities
             * @instance
             */
            Capabilities.prototype.volumeSteps = 0;

            /**
             * Capabilities supportedTypes.
             * @member {Array.<string>} supportedTypes
             * @memberof spotify.connectstate.Capabilities
             * @instance
             */
            Capabilities.prototype.supportedTypes = $util.emptyArray;

            /**
             * Capabilities commandAcks.
             * @member {boolean} commandAcks
             * @memberof spotify.connectstate.Capabilities
             * @instance
             */
            Capabilities.prototype.commandAcks = false;

            /**
             * Capabilities supportsRename.
             * @member {boolean} supportsRename
             * @memberof spotify.connectstate.Capabilities
             * @instance
             */
            Capabilities.prototype.supportsRename = false;

            /**
             * Capabilities hidden.
             * @member {boolean} hidden
             * @memberof spotify.connectstate.Capabilities
             * @instance
             */
            Capabilities.prototype.hidden = false;

            /**
             * Capabilities disableVolume.
             * @member {boolean} disableVolume
             * @memberof spotify.connectstate.Capabilities
             * @instance
             */
            Capabilities.prototype.disableVolume = false;

            /**
             * Capabilities connectDisabled.
             * @member {boolean} connectDisabled
             * @memberof spotify.connectstate.Capabilities
             * @instance
             */
            Capabilities.prototype.connectDisabled = false;

            /**
             * Capabilities supportsPlaylistV2.
             * @member {boolean} supportsPlaylistV2
             * @memberof spotify.connectstate.Capabilities
             * @instance
             */
            Capabilities.prototype.supportsPlaylistV2 = false;

            /**
             * Capabilities isControllable.
             * @member {boolean} isControllable
             * @memberof spotify.connectstate.Capabilities
             * @instance
             */
            Capabilities.prototype.isControllable = false;

            /**
             * Capabilities supportsExternalEpisodes.
             * @member {boolean} supportsExternalEpisodes
             * @memberof spotify.connectstate.Capabilities
             * @instance
             */
            Capabilities.prototype.supportsExternalEpisodes = false;

            /**
             * Capabilities supportsSetBackendMetadata.
             * @member {boolean} supportsSetBackendMetadata
             * @memberof spotify.connectstate.Capabilities
             * @instance
             */
            Capabilities.prototype.supportsSetBackendMetadata = false;

            /**
             * Capabilities supportsTransferCommand.
             * @member {boolean} supportsTransferCommand
             * @memberof spotify.connectstate.Capabilities
             * @instance
             */
            Capabilities.prototype.supportsTransferCommand = false;

            /**
             * Capabilities supportsCommandRequest.
             * @member {boolean} supportsCommandRequest
             * @memberof spotify.connectstate.Capabilities
             * @instance
             */
            Capabilities.prototype.supportsCommandRequest = false;

            /**
             * Capabilities isVoiceEnabled.
             * @member {boolean} isVoiceEnabled
             * @memberof spotify.connectstate.Capabilities
             * @instance
             */
            Capabilities.prototype.isVoiceEnabled = false;

            /**
             * Capabilities needsFullPlayerState.
             * @member {boolean} needsFullPlayerState
             * @memberof spotify.connectstate.Capabilities
             * @instance
             */
            Capabilities.prototype.needsFullPlayerState = false;

            /**
             * Capabilities supportsGzipPushes.
             * @member {boolean} supportsGzipPushes
             * @memberof spotify.connectstate.Capabilities
             * @instance
             */
            Capabilities.prototype.supportsGzipPushes = false;

            /**
             * Capabilities supportsSetOptionsCommand.
             * @member {boolean} supportsSetOptionsCommand
             * @memberof spotify.connectstate.Capabilities
             * @instance
             */
            Capabilities.prototype.supportsSetOptionsCommand = false;

            /**
             * Capabilities supportsRooms.
             * @member {boolean} supportsRooms
             * @memberof spotify.connectstate.Capabilities
             * @instance
             */
            Capabilities.prototype.supportsRooms = false;

            /**
             * Capabilities supportsDj.
             * @member {boolean} supportsDj
             * @memberof spotify.connectstate.Capabilities
             * @instance
             */
            Capabilities.prototype.supportsDj = false;

            /**
             * Capabilities supportedAudioQuality.
             * @member {number} supportedAudioQuality
             * @memberof spotify.connectstate.Capabilities
             * @instance
             */
            Capabilities.prototype.supportedAudioQuality = 0;

            /**
             * Creates a new Capabilities instance using the specified properties.
             * @function create
             * @memberof spotify.connectstate.Capabilities
             * @static
             * @param {spotify.connectstate.Capabilities.$Properties=} [properties] Properties to set
             * @returns {spotify.connectstate.Capabilities} Capabilities instance
             * @type {{
             *   (properties: spotify.connectstate.Capabilities.$Shape): spotify.connectstate.Capabilities & spotify.connectstate.Capabilities.$Shape;
             *   (properties?: spotify.connectstate.Capabilities.$Properties): spotify.connectstate.Capabilities;
             * }}
             */
            Capabilities.create = function(properties) {
                return new Capabilities(properties);
            };

            /**
             * Encodes the specified Capabilities message. Does not implicitly {@link spotify.connectstate.Capabilities.verify|verify} messages.
             * @function encode
             * @memberof spotify.connectstate.Capabilities
             * @static
             * @param {spotify.connectstate.Capabilities.$Properties} message Capabilities message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Capabilities.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.canBePlayer != null && $Object.hasOwnProperty.call(message, "canBePlayer") && message.canBePlayer !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.canBePlayer);
                if (message.restrictToLocal != null && $Object.hasOwnProperty.call(message, "restrictToLocal") && message.restrictToLocal !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.restrictToLocal);
                if (message.gaiaEqConnectId != null && $Object.hasOwnProperty.call(message, "gaiaEqConnectId") && message.gaiaEqConnectId !== false)
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.gaiaEqConnectId);
                if (message.supportsLogout != null && $Object.hasOwnProperty.call(message, "supportsLogout") && message.supportsLogout !== false)
                    writer.uint32(/* id 6, wireType 0 =*/48).bool(message.supportsLogout);
                if (message.isObservable != null && $Object.hasOwnProperty.call(message, "isObservable") && message.isObservable !== false)
                    writer.uint32(/* id 7, wireType 0 =*/56).bool(message.isObservable);
                if (message.volumeSteps != null && $Object.hasOwnProperty.call(message, "volumeSteps") && message.volumeSteps !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).int32(message.volumeSteps);
                if (message.supportedTypes != null && message.supportedTypes.length)
                    for (let i = 0; i < message.supportedTypes.length; ++i)
                        writer.uint32(/* id 9, wireType 2 =*/74).string(message.supportedTypes[i]);
                if (message.commandAcks != null && $Object.hasOwnProperty.call(message, "commandAcks") && message.commandAcks !== false)
                    writer.uint32(/* id 10, wireType 0 =*/80).bool(message.commandAcks);
                if (message.supportsRename != null && $Object.hasOwnProperty.call(message, "supportsRename") && message.supportsRename !== false)
                    writer.uint32(/* id 11, wireType 0 =*/88).bool(message.supportsRename);
                if (message.hidden != null && $Object.hasOwnProperty.call(message, "hidden") && message.hidden !== false)
                    writer.uint32(/* id 12, wireType 0 =*/96).bool(message.hidden);
                if (message.disableVolume != null && $Object.hasOwnProperty.call(message, "disableVolume") && message.disableVolume !== false)
                    writer.uint32(/* id 13, wireType 0 =*/104).bool(message.disableVolume);
                if (message.connectDisabled != null && $Object.hasOwnProperty.call(message, "connectDisabled") && message.connectDisabled !== false)
                    writer.uint32(/* id 14, wireType 0 =*/112).bool(message.connectDisabled);
                if (message.supportsPlaylistV2 != null && $Object.hasOwnProperty.call(message, "supportsPlaylistV2") && message.supportsPlaylistV2 !== false)
                    writer.uint32(/* id 15, wireType 0 =*/120).bool(message.supportsPlaylistV2);
                if (message.isControllable != null && $Object.hasOwnProperty.call(message, "isControllable") && message.isControllable !== false)
                    writer.uint32(/* id 16, wireType 0 =*/128).bool(message.isControllable);
                if (message.supportsExternalEpisodes != null && $Object.hasOwnProperty.call(message, "supportsExternalEpisodes") && message.supportsExternalEpisodes !== false)
                    writer.uint32(/* id 17, wireType 0 =*/136).bool(message.supportsExternalEpisodes);
                if (message.supportsSetBackendMetadata != null && $Object.hasOwnProperty.call(message, "supportsSetBackendMetadata") && message.supportsSetBackendMetadata !== false)
                    writer.uint32(/* id 18, wireType 0 =*/144).bool(message.supportsSetBackendMetadata);
                if (message.supportsTransferCommand != null && $Object.hasOwnProperty.call(message, "supportsTransferCommand") && message.supportsTransferCommand !== false)
                    writer.uint32(/* id 19, wireType 0 =*/152).bool(message.supportsTransferCommand);
                if (message.supportsCommandRequest != null && $Object.hasOwnProperty.call(message, "supportsCommandRequest") && message.supportsCommandRequest !== false)
                    writer.uint32(/* id 20, wireType 0 =*/160).bool(message.supportsCommandRequest);
                if (message.isVoiceEnabled != null && $Object.hasOwnProperty.call(message, "isVoiceEnabled") && message.isVoiceEnabled !== false)
                    writer.uint32(/* id 21, wireType 0 =*/168).bool(message.isVoiceEnabled);
                if (message.needsFullPlayerState != null && $Object.hasOwnProperty.call(message, "needsFullPlayerState") && message.needsFullPlayerState !== false)
                    writer.uint32(/* id 22, wireType 0 =*/176).bool(message.needsFullPlayerState);
                if (message.supportsGzipPushes != null && $Object.hasOwnProperty.call(message, "supportsGzipPushes") && message.supportsGzipPushes !== false)
                    writer.uint32(/* id 23, wireType 0 =*/184).bool(message.supportsGzipPushes);
                if (message.supportsSetOptionsCommand != null && $Object.hasOwnProperty.call(message, "supportsSetOptionsCommand") && message.supportsSetOptionsCommand !== false)
                    writer.uint32(/* id 25, wireType 0 =*/200).bool(message.supportsSetOptionsCommand);
                if (message.supportsRooms != null && $Object.hasOwnProperty.call(message, "supportsRooms") && message.supportsRooms !== false)
                    writer.uint32(/* id 28, wireType 0 =*/224).bool(message.supportsRooms);
                if (message.supportsDj != null && $Object.hasOwnProperty.call(message, "supportsDj") && message.supportsDj !== false)
                    writer.uint32(/* id 29, wireType 0 =*/232).bool(message.supportsDj);
                if (message.supportedAudioQuality != null && $Object.hasOwnProperty.call(message, "supportedAudioQuality") && message.supportedAudioQuality !== 0)
                    writer.uint32(/* id 30, wireType 0 =*/240).int32(message.supportedAudioQuality);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Capabilities message, length delimited. Does not implicitly {@link spotify.connectstate.Capabilities.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.connectstate.Capabilities
             * @static
             * @param {spotify.connectstate.Capabilities.$Properties} message Capabilities message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Capabilities.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Capabilities message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.connectstate.Capabilities
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.connectstate.Capabilities & spotify.connectstate.Capabilities.$Shape} Capabilities
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Capabilities.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.spotify.connectstate.Capabilities();
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
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.canBePlayer = value;
                            else
                                delete message.canBePlayer;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.restrictToLocal = value;
                            else
                                delete message.restrictToLocal;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.gaiaEqConnectId = value;
                            else
                                delete message.gaiaEqConnectId;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.supportsLogout = value;
                            else
                                delete message.supportsLogout;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.isObservable = value;
                            else
                                delete message.isObservable;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.volumeSteps = value;
                            else
                                delete message.volumeSteps;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if (!(message.supportedTypes && message.supportedTypes.length))
                                message.supportedTypes = [];
                            message.supportedTypes.push(reader.stringVerify());
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.commandAcks = value;
                            else
                                delete message.commandAcks;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.supportsRename = value;
                            else
                                delete message.supportsRename;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.hidden = value;
                            else
                                delete message.hidden;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.disableVolume = value;
                            else
                                delete message.disableVolume;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.connectDisabled = value;
                            else
                                delete message.connectDisabled;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.supportsPlaylistV2 = value;
                            else
                                delete message.supportsPlaylistV2;
                            continue;
                        }
                    case 16: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.isControllable = value;
                            else
                                delete message.isControllable;
                            continue;
                        }
                    case 17: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.supportsExternalEpisodes = value;
                            else
                                delete message.supportsExternalEpisodes;
                            continue;
                        }
                    case 18: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.supportsSetBackendMetadata = value;
                            else
                                delete message.supportsSetBackendMetadata;
                            continue;
                        }
                    case 19: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.supportsTransferCommand = value;
                            else
                                delete message.supportsTransferCommand;
                            continue;
                        }
                    case 20: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.supportsCommandRequest = value;
                            else
                                delete message.supportsCommandRequest;
                            continue;
                        }
                    case 21: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.isVoiceEnabled = value;
                            else
                                delete message.isVoiceEnabled;
                            continue;
                        }
                    case 22: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.needsFullPlayerState = value;
                            else
                                delete message.needsFullPlayerState;
                            continue;
                        }
                    case 23: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.supportsGzipPushes = value;
                            else
                                delete message.supportsGzipPushes;
                            continue;
                        }
                    case 25: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.supportsSetOptionsCommand = value;
                            else
                                delete message.supportsSetOptionsCommand;
                            continue;
                        }
                    case 28: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.supportsRooms = value;
                            else
                                delete message.supportsRooms;
                            continue;
                        }
                    case 29: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.supportsDj = value;
                            else
                                delete message.supportsDj;
                            continue;
                        }
                    case 30: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.supportedAudioQuality = value;
                            else
                                delete message.supportedAudioQuality;
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
             * Decodes a Capabilities message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.connectstate.Capabilities
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.connectstate.Capabilities & spotify.connectstate.Capabilities.$Shape} Capabilities
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Capabilities.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Capabilities message.
             * @function verify
             * @memberof spotify.connectstate.Capabilities
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Capabilities.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.canBePlayer != null && $Object.hasOwnProperty.call(message, "canBePlayer"))
                    if (typeof message.canBePlayer !== "boolean")
                        return "canBePlayer: boolean expected";
                if (message.restrictToLocal != null && $Object.hasOwnProperty.call(message, "restrictToLocal"))
                    if (typeof message.restrictToLocal !== "boolean")
                        return "restrictToLocal: boolean expected";
                if (message.gaiaEqConnectId != null && $Object.hasOwnProperty.call(message, "gaiaEqConnectId"))
                    if (typeof message.gaiaEqConnectId !== "boolean")
                        return "gaiaEqConnectId: boolean expected";
                if (message.supportsLogout != null && $Object.hasOwnProperty.call(message, "supportsLogout"))
                    if (typeof message.supportsLogout !== "boolean")
                        return "supportsLogout: boolean expected";
                if (message.isObservable != null && $Object.hasOwnProperty.call(message, "isObservable"))
                    if (typeof message.isObservable !== "boolean")
                        return "isObservable: boolean expected";
                if (message.volumeSteps != null && $Object.hasOwnProperty.call(message, "volumeSteps"))
                    if (!$util.isInteger(message.volumeSteps))
                        return "volumeSteps: integer expected";
                if (message.supportedTypes != null && $Object.hasOwnProperty.call(message, "supportedTypes")) {
                    if (!$Array.isArray(message.supportedTypes))
                        return "supportedTypes: array expected";
                    for (let i = 0; i < message.supportedTypes.length; ++i)
                        if (!$util.isString(message.supportedTypes[i]))
                            return "supportedTypes: string[] expected";
                }
                if (message.commandAcks != null && $Object.hasOwnProperty.call(message, "commandAcks"))
                    if (typeof message.commandAcks !== "boolean")
                        return "commandAcks: boolean expected";
                if (message.supportsRename != null && $Object.hasOwnProperty.call(message, "supportsRename"))
                    if (typeof message.supportsRename !== "boolean")
                        return "supportsRename: boolean expected";
                if (message.hidden != null && $Object.hasOwnProperty.call(message, "hidden"))
                    if (typeof message.hidden !== "boolean")
                        return "hidden: boolean expected";
                if (message.disableVolume != null && $Object.hasOwnProperty.call(message, "disableVolume"))
                    if (typeof message.disableVolume !== "boolean")
                        return "disableVolume: boolean expected";
                if (message.connectDisabled != null && $Object.hasOwnProperty.call(message, "connectDisabled"))
                    if (typeof message.connectDisabled !== "boolean")
                        return "connectDisabled: boolean expected";
                if (message.supportsPlaylistV2 != null && $Object.hasOwnProperty.call(message, "supportsPlaylistV2"))
                    if (typeof message.supportsPlaylistV2 !== "boolean")
                        return "supportsPlaylistV2: boolean expected";
                if (message.isControllable != null && $Object.hasOwnProperty.call(message, "isControllable"))
                    if (typeof message.isControllable !== "boolean")
                        return "isControllable: boolean expected";
                if (message.supportsExternalEpisodes != null && $Object.hasOwnProperty.call(message, "supportsExternalEpisodes"))
                    if (typeof message.supportsExternalEpisodes !== "boolean")
                        return "supportsExternalEpisodes: boolean expected";
                if (message.supportsSetBackendMetadata != null && $Object.hasOwnProperty.call(message, "supportsSetBackendMetadata"))
                    if (typeof message.supportsSetBackendMetadata !== "boolean")
                        return "supportsSetBackendMetadata: boolean expected";
                if (message.supportsTransferCommand != null && $Object.hasOwnProperty.call(message, "supportsTransferCommand"))
                    if (typeof message.supportsTransferCommand !== "boolean")
                        return "supportsTransferCommand: boolean expected";
                if (message.supportsCommandRequest != null && $Object.hasOwnProperty.call(message, "supportsCommandRequest"))
                    if (typeof message.supportsCommandRequest !== "boolean")
                        return "supportsCommandRequest: boolean expected";
                if (message.isVoiceEnabled != null && $Object.hasOwnProperty.call(message, "isVoiceEnabled"))
                    if (typeof message.isVoiceEnabled !== "boolean")
                        return "isVoiceEnabled: boolean expected";
                if (message.needsFullPlayerState != null && $Object.hasOwnProperty.call(message, "needsFullPlayerState"))
                    if (typeof message.needsFullPlayerState !== "boolean")
                        return "needsFullPlayerState: boolean expected";
                if (message.supportsGzipPushes != null && $Object.hasOwnProperty.call(message, "supportsGzipPushes"))
                    if (typeof message.supportsGzipPushes !== "boolean")
                        return "supportsGzipPushes: boolean expected";
                if (message.supportsSetOptionsCommand != null && $Object.hasOwnProperty.call(message, "supportsSetOptionsCommand"))
                    if (typeof message.supportsSetOptionsCommand !== "boolean")
                        return "supportsSetOptionsCommand: boolean expected";
                if (message.supportsRooms != null && $Object.hasOwnProperty.call(message, "supportsRooms"))
                    if (typeof message.supportsRooms !== "boolean")
                        return "supportsRooms: boolean expected";
                if (message.supportsDj != null && $Object.hasOwnProperty.call(message, "supportsDj"))
                    if (typeof message.supportsDj !== "boolean")
                        return "supportsDj: boolean expected";
                if (message.supportedAudioQuality != null && $Object.hasOwnProperty.call(message, "supportedAudioQuality"))
                    if (!$util.isInteger(message.supportedAudioQuality))
                        return "supportedAudioQuality: integer expected";
                return null;
            };

            /**
             * Creates a Capabilities message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.connectstate.Capabilities
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.connectstate.Capabilities} Capabilities
             */
            Capabilities.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.connectstate.Capabilities)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.connectstate.Capabilities: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.spotify.connectstate.Capabilities();
                if (object.canBePlayer != null)
                    if (object.canBePlayer)
                        message.canBePlayer = $Boolean(object.canBePlayer);
                if (object.restrictToLocal != null)
                    if (object.restrictToLocal)
                        message.restrictToLocal = $Boolean(object.restrictToLocal);
                if (object.gaiaEqConnectId != null)
                    if (object.gaiaEqConnectId)
                        message.gaiaEqConnectId = $Boolean(object.gaiaEqConnectId);
                if (object.supportsLogout != null)
                    if (object.supportsLogout)
                        message.supportsLogout = $Boolean(object.supportsLogout);
                if (object.isObservable != null)
                    if (object.isObservable)
                        message.isObservable = $Boolean(object.isObservable);
                if (object.volumeSteps != null)
                    if ($Number(object.volumeSteps) !== 0)
                        message.volumeSteps = object.volumeSteps | 0;
                if (object.supportedTypes) {
                    if (!$Array.isArray(object.supportedTypes))
                        throw $TypeError(".spotify.connectstate.Capabilities.supportedTypes: array expected");
                    message.supportedTypes = $Array(object.supportedTypes.length);
                    for (let i = 0; i < object.supportedTypes.length; ++i)
                        message.supportedTypes[i] = $String(object.supportedTypes[i]);
                }
                if (object.commandAcks != null)
                    if (object.commandAcks)
                        message.commandAcks = $Boolean(object.commandAcks);
                if (object.supportsRename != null)
                    if (object.supportsRename)
                        message.supportsRename = $Boolean(object.supportsRename);
                if (object.hidden != null)
                    if (object.hidden)
                        message.hidden = $Boolean(object.hidden);
                if (object.disableVolume != null)
                    if (object.disableVolume)
                        message.disableVolume = $Boolean(object.disableVolume);
                if (object.connectDisabled != null)
                    if (object.connectDisabled)
                        message.connectDisabled = $Boolean(object.connectDisabled);
                if (object.supportsPlaylistV2 != null)
                    if (object.supportsPlaylistV2)
                        message.supportsPlaylistV2 = $Boolean(object.supportsPlaylistV2);
                if (object.isControllable != null)
                    if (object.isControllable)
                        message.isControllable = $Boolean(object.isControllable);
                if (object.supportsExternalEpisodes != null)
                    if (object.supportsExternalEpisodes)
                        message.supportsExternalEpisodes = $Boolean(object.supportsExternalEpisodes);
                if (object.supportsSetBackendMetadata != null)
                    if (object.supportsSetBackendMetadata)
                        message.supportsSetBackendMetadata = $Boolean(object.supportsSetBackendMetadata);
                if (object.supportsTransferCommand != null)
                    if (object.supportsTransferCommand)
                        message.supportsTransferCommand = $Boolean(object.supportsTransferCommand);
                if (object.supportsCommandRequest != null)
                    if (object.supportsCommandRequest)
                        message.supportsCommandRequest = $Boolean(object.supportsCommandRequest);
                if (object.isVoiceEnabled != null)
                    if (object.isVoiceEnabled)
                        message.isVoiceEnabled = $Boolean(object.isVoiceEnabled);
                if (object.needsFullPlayerState != null)
                    if (object.needsFullPlayerState)
                        message.needsFullPlayerState = $Boolean(object.needsFullPlayerState);
                if (object.supportsGzipPushes != null)
                    if (object.supportsGzipPushes)
                        message.supportsGzipPushes = $Boolean(object.supportsGzipPushes);
                if (object.supportsSetOptionsCommand != null)
                    if (object.supportsSetOptionsCommand)
                        message.supportsSetOptionsCommand = $Boolean(object.supportsSetOptionsCommand);
                if (object.supportsRooms != null)
                    if (object.supportsRooms)
                        message.supportsRooms = $Boolean(object.supportsRooms);
                if (object.supportsDj != null)
                    if (object.supportsDj)
                        message.supportsDj = $Boolean(object.supportsDj);
                if (object.supportedAudioQuality != null)
                    if ($Number(object.supportedAudioQuality) !== 0)
                        message.supportedAudioQuality = object.supportedAudioQuality | 0;
                return message;
            };

            /**
             * Creates a plain object from a Capabilities message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.connectstate.Capabilities
             * @static
             * @param {spotify.connectstate.Capabilities} message Capabilities
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Capabilities.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.supportedTypes = [];
                if (options.defaults) {
                    object.canBePlayer = false;
                    object.restrictToLocal = false;
                    object.gaiaEqConnectId = false;
                    object.supportsLogout = false;
                    object.isObservable = false;
                    object.volumeSteps = 0;
                    object.commandAcks = false;
                    object.supportsRename = false;
                    object.hidden = false;
                    object.disableVolume = false;
                    object.connectDisabled = false;
                    object.supportsPlaylistV2 = false;
                    object.isControllable = false;
                    object.supportsExternalEpisodes = false;
                    object.supportsSetBackendMetadata = false;
                    object.supportsTransferCommand = false;
                    object.supportsCommandRequest = false;
                    object.isVoiceEnabled = false;
                    object.needsFullPlayerState = false;
                    object.supportsGzipPushes = false;
                    object.supportsSetOptionsCommand = false;
                    object.supportsRooms = false;
                    object.supportsDj = false;
                    object.supportedAudioQuality = 0;
                }
                if (message.canBePlayer != null && $Object.hasOwnProperty.call(message, "canBePlayer"))
                    object.canBePlayer = message.canBePlayer;
                if (message.restrictToLocal != null && $Object.hasOwnProperty.call(message, "restrictToLocal"))
                    object.restrictToLocal = message.restrictToLocal;
                if (message.gaiaEqConnectId != null && $Object.hasOwnProperty.call(message, "gaiaEqConnectId"))
                    object.gaiaEqConnectId = message.gaiaEqConnectId;
                if (message.supportsLogout != null && $Object.hasOwnProperty.call(message, "supportsLogout"))
                    object.supportsLogout = message.supportsLogout;
                if (message.isObservable != null && $Object.hasOwnProperty.call(message, "isObservable"))
                    object.isObservable = message.isObservable;
                if (message.volumeSteps != null && $Object.hasOwnProperty.call(message, "volumeSteps"))
                    object.volumeSteps = message.volumeSteps;
                if (message.supportedTypes && message.supportedTypes.length) {
                    object.supportedTypes = $Array(message.supportedTypes.length);
                    for (let j = 0; j < message.supportedTypes.length; ++j)
                        object.supportedTypes[j] = message.supportedTypes[j];
                }
                if (message.commandAcks != null && $Object.hasOwnProperty.call(message, "commandAcks"))
                    object.commandAcks = message.commandAcks;
                if (message.supportsRename != null && $Object.hasOwnProperty.call(message, "supportsRename"))
                    object.supportsRename = message.supportsRename;
                if (message.hidden != null && $Object.hasOwnProperty.call(message, "hidden"))
                    object.hidden = message.hidden;
                if (message.disableVolume != null && $Object.hasOwnProperty.call(message, "disableVolume"))
                    object.disableVolume = message.disableVolume;
                if (message.connectDisabled != null && $Object.hasOwnProperty.call(message, "connectDisabled"))
                    object.connectDisabled = message.connectDisabled;
                if (message.supportsPlaylistV2 != null && $Object.hasOwnProperty.call(message, "supportsPlaylistV2"))
                    object.supportsPlaylistV2 = message.supportsPlaylistV2;
                if (message.isControllable != null && $Object.hasOwnProperty.call(message, "isControllable"))
                    object.isControllable = message.isControllable;
                if (message.supportsExternalEpisodes != null && $Object.hasOwnProperty.call(message, "supportsExternalEpisodes"))
                    object.supportsExternalEpisodes = message.supportsExternalEpisodes;
                if (message.supportsSetBackendMetadata != null && $Object.hasOwnProperty.call(message, "supportsSetBackendMetadata"))
                    object.supportsSetBackendMetadata = message.supportsSetBackendMetadata;
                if (message.supportsTransferCommand != null && $Object.hasOwnProperty.call(message, "supportsTransferCommand"))
                    object.supportsTransferCommand = message.supportsTransferCommand;
                if (message.supportsCommandRequest != null && $Object.hasOwnProperty.call(message, "supportsCommandRequest"))
                    object.supportsCommandRequest = message.supportsCommandRequest;
                if (message.isVoiceEnabled != null && $Object.hasOwnProperty.call(message, "isVoiceEnabled"))
                    object.isVoiceEnabled = message.isVoiceEnabled;
                if (message.needsFullPlayerState != null && $Object.hasOwnProperty.call(message, "needsFullPlayerState"))
                    object.needsFullPlayerState = message.needsFullPlayerState;
                if (message.supportsGzipPushes != null && $Object.hasOwnProperty.call(message, "supportsGzipPushes"))
                    object.supportsGzipPushes = message.supportsGzipPushes;
                if (message.supportsSetOptionsCommand != null && $Object.hasOwnProperty.call(message, "supportsSetOptionsCommand"))
                    object.supportsSetOptionsCommand = message.supportsSetOptionsCommand;
                if (message.supportsRooms != null && $Object.hasOwnProperty.call(message, "supportsRooms"))
                    object.supportsRooms = message.supportsRooms;
                if (message.supportsDj != null && $Object.hasOwnProperty.call(message, "supportsDj"))
                    object.supportsDj = message.supportsDj;
                if (message.supportedAudioQuality != null && $Object.hasOwnProperty.call(message, "supportedAudioQuality"))
                    object.supportedAudioQuality = message.supportedAudioQuality;
                return object;
            };

            /**
             * Converts this Capabilities to JSON.
             * @function toJSON
             * @memberof spotify.connectstate.Capabilities
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Capabilities.prototype.toJSON = function() {
                return Capabilities.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Capabilities
             * @function getTypeUrl
             * @memberof spotify.connectstate.Capabilities
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Capabilities.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.connectstate.Capabilities";
            };

            return Capabilities;
        })();

        /**
         * DeviceType enum.
         * @name spotify.connectstate.DeviceType
         * @enum {number}
         * @property {number} UNKNOWN=0 UNKNOWN value
         * @property {number} COMPUTER=1 COMPUTER value
         * @property {number} TABLET=2 TABLET value
         * @property {number} SMARTPHONE=3 SMARTPHONE value
         * @property {number} SPEAKER=4 SPEAKER value
         * @property {number} TV=5 TV value
         * @property {number} AVR=6 AVR value
         * @property {number} STB=7 STB value
         * @property {number} AUDIO_DONGLE=8 AUDIO_DONGLE value
         */
        connectstate.DeviceType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "UNKNOWN"] = 0;
            values[valuesById[1] = "COMPUTER"] = 1;
            values[valuesById[2] = "TABLET"] = 2;
            values[valuesById[3] = "SMARTPHONE"] = 3;
            values[valuesById[4] = "SPEAKER"] = 4;
            values[valuesById[5] = "TV"] = 5;
            values[valuesById[6] = "AVR"] = 6;
            values[valuesById[7] = "STB"] = 7;
            values[valuesById[8] = "AUDIO_DONGLE"] = 8;
            return values;
        })();

        connectstate.DeviceInfo = (function() {

            /**
             * Properties of a DeviceInfo.
             * @typedef {Object} spotify.connectstate.DeviceInfo.$Properties
             * @property {boolean|null} [canPlay] DeviceInfo canPlay
             * @property {number|null} [volume] DeviceInfo volume
             * @property {string|null} [name] DeviceInfo name
             * @property {spotify.connectstate.Capabilities.$Properties|null} [capabilities] DeviceInfo capabilities
             * @property {string|null} [deviceSoftwareVersion] DeviceInfo deviceSoftwareVersion
             * @property {spotify.connectstate.DeviceType|null} [deviceType] DeviceInfo deviceType
             * @property {string|null} [spircVersion] DeviceInfo spircVersion
             * @property {string|null} [deviceId] DeviceInfo deviceId
             * @property {string|null} [clientId] DeviceInfo clientId
             * @property {string|null} [brand] DeviceInfo brand
             * @property {string|null} [model] DeviceInfo model
             * @property {Object.<string,string>|null} [metadataMap] DeviceInfo metadataMap
             * @property {string|null} [publicIp] DeviceInfo publicIp
             * @property {string|null} [license] DeviceInfo license
             * @property {boolean|null} [isGroup] DeviceInfo isGroup
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeviceInfo.
             * @memberof spotify.connectstate
             * @interface IDeviceInfo
             * @augments spotify.connectstate.DeviceInfo.$Properties
             * @deprecated Use spotify.connectstate.DeviceInfo.$Properties instead.
             */

            /**
             * Shape of a DeviceInfo.
             * @typedef {spotify.connectstate.DeviceInfo.$Properties} spotify.connectstate.DeviceInfo.$Shape
             */

            /**
             * Constructs a new DeviceInfo.
             * @memberof spotify.connectstate
             * @classdesc Represents a DeviceInfo.
             * @constructor
             * @param {spotify.connectstate.DeviceInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DeviceInfo = function (properties) {
                this.metadataMap = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DeviceInfo canPlay.
             * @member {boolean} canPlay
             * @memberof spotify.connectstate.DeviceInfo
             * @instance
             */
            DeviceInfo.prototype.canPlay = false;

            /**
             * DeviceInfo volume.
             * @member {number} volume
             * @memberof spotify.connectstate.DeviceInfo
             * @instance
             */
            DeviceInfo.prototype.volume = 0;

            /**
             * DeviceInfo name.
             * @member {string} name
             * @memberof spotify.connectstate.DeviceInfo
             * @instance
             */
            DeviceInfo.prototype.name = "";

            /**
             * DeviceInfo capabilities.
             * @member {spotify.connectstate.Capabilities.$Properties|null|undefined} capabilities
             * @memberof spotify.connectstate.DeviceInfo
             * @instance
             */
            DeviceInfo.prototype.capabilities = null;

            /**
             * DeviceInfo deviceSoftwareVersion.
             * @member {string} deviceSoftwareVersion
             * @memberof spotify.connectstate.DeviceInfo
             * @instance
             */
            DeviceInfo.prototype.deviceSoftwareVersion = "";

            /**
             * DeviceInfo deviceType.
             * @member {spotify.connectstate.DeviceType} deviceType
             * @memberof spotify.connectstate.DeviceInfo
             * @instance
             */
            DeviceInfo.prototype.deviceType = 0;

            /**
             * DeviceInfo spircVersion.
             * @member {string} spircVersion
             * @memberof spotify.connectstate.DeviceInfo
             * @instance
             */
            DeviceInfo.prototype.spircVersion = "";

            /**
             * DeviceInfo deviceId.
             * @member {string} deviceId
             * @memberof spotify.connectstate.DeviceInfo
             * @instance
             */
            DeviceInfo.prototype.deviceId = "";

            /**
             * DeviceInfo clientId.
             * @member {string} clientId
             * @memberof spotify.connectstate.DeviceInfo
             * @instance
             */
            DeviceInfo.prototype.clientId = "";

            /**
             * DeviceInfo brand.
             * @member {string} brand
             * @memberof spotify.connectstate.DeviceInfo
             * @instance
             */
            DeviceInfo.prototype.brand = "";

            /**
             * DeviceInfo model.
             * @member {string} model
             * @memberof spotify.connectstate.DeviceInfo
             * @instance
             */
            DeviceInfo.prototype.model = "";

            /**
             * DeviceInfo metadataMap.
             * @member {Object.<string,string>} metadataMap
             * @memberof spotify.connectstate.DeviceInfo
             * @instance
             */
            DeviceInfo.prototype.metadataMap = $util.emptyObject;

            /**
             * DeviceInfo publicIp.
             * @member {string} publicIp
             * @memberof spotify.connectstate.DeviceInfo
             * @instance
             */
            DeviceInfo.prototype.publicIp = "";

            /**
             * DeviceInfo license.
             * @member {string} license
             * @memberof spotify.connectstate.DeviceInfo
             * @instance
             */
            DeviceInfo.prototype.license = "";

            /**
             * DeviceInfo isGroup.
             * @member {boolean} isGroup
             * @memberof spotify.connectstate.DeviceInfo
             * @instance
             */
            DeviceInfo.prototype.isGroup = false;

            /**
             * Creates a new DeviceInfo instance using the specified properties.
             * @function create
             * @memberof spotify.connectstate.DeviceInfo
             * @static
             * @param {spotify.connectstate.DeviceInfo.$Properties=} [properties] Properties to set
             * @returns {spotify.connectstate.DeviceInfo} DeviceInfo instance
             * @type {{
             *   (properties: spotify.connectstate.DeviceInfo.$Shape): spotify.connectstate.DeviceInfo & spotify.connectstate.DeviceInfo.$Shape;
             *   (properties?: spotify.connectstate.DeviceInfo.$Properties): spotify.connectstate.DeviceInfo;
             * }}
             */
            DeviceInfo.create = function(properties) {
                return new DeviceInfo(properties);
            };

            /**
             * Encodes the specified DeviceInfo message. Does not implicitly {@link spotify.connectstate.DeviceInfo.verify|verify} messages.
             * @function encode
             * @memberof spotify.connectstate.DeviceInfo
             * @static
             * @param {spotify.connectstate.DeviceInfo.$Properties} message DeviceInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeviceInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.canPlay != null && $Object.hasOwnProperty.call(message, "canPlay") && message.canPlay !== false)
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.canPlay);
                if (message.volume != null && $Object.hasOwnProperty.call(message, "volume") && message.volume !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.volume);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.name);
                if (message.capabilities != null && $Object.hasOwnProperty.call(message, "capabilities"))
                    $root.spotify.connectstate.Capabilities.encode(message.capabilities, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.deviceSoftwareVersion != null && $Object.hasOwnProperty.call(message, "deviceSoftwareVersion") && message.deviceSoftwareVersion !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.deviceSoftwareVersion);
                if (message.deviceType != null && $Object.hasOwnProperty.call(message, "deviceType") && message.deviceType !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).int32(message.deviceType);
                if (message.spircVersion != null && $Object.hasOwnProperty.call(message, "spircVersion") && message.spircVersion !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.spircVersion);
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId") && message.deviceId !== "")
                    writer.uint32(/* id 10, wireType 2 =*/82).string(message.deviceId);
                if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId") && message.clientId !== "")
                    writer.uint32(/* id 13, wireType 2 =*/106).string(message.clientId);
                if (message.brand != null && $Object.hasOwnProperty.call(message, "brand") && message.brand !== "")
                    writer.uint32(/* id 14, wireType 2 =*/114).string(message.brand);
                if (message.model != null && $Object.hasOwnProperty.call(message, "model") && message.model !== "")
                    writer.uint32(/* id 15, wireType 2 =*/122).string(message.model);
                if (message.metadataMap != null && $Object.hasOwnProperty.call(message, "metadataMap"))
                    for (let keys = $Object.keys(message.metadataMap), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 16, wireType 2 =*/130).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.metadataMap[keys[i]]).ldelim();
                if (message.publicIp != null && $Object.hasOwnProperty.call(message, "publicIp") && message.publicIp !== "")
                    writer.uint32(/* id 22, wireType 2 =*/178).string(message.publicIp);
                if (message.license != null && $Object.hasOwnProperty.call(message, "license") && message.license !== "")
                    writer.uint32(/* id 23, wireType 2 =*/186).string(message.license);
                if (message.isGroup != null && $Object.hasOwnProperty.call(message, "isGroup") && message.isGroup !== false)
                    writer.uint32(/* id 25, wireType 0 =*/200).bool(message.isGroup);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified DeviceInfo message, length delimited. Does not implicitly {@link spotify.connectstate.DeviceInfo.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.connectstate.DeviceInfo
             * @static
             * @param {spotify.connectstate.DeviceInfo.$Properties} message DeviceInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeviceInfo.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a DeviceInfo message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.connectstate.DeviceInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.connectstate.DeviceInfo & spotify.connectstate.DeviceInfo.$Shape} DeviceInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeviceInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.spotify.connectstate.DeviceInfo();
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
                            if (value = reader.bool())
                                message.canPlay = value;
                            else
                                delete message.canPlay;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.volume = value;
                            else
                                delete message.volume;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.capabilities = $root.spotify.connectstate.Capabilities.decode(reader, reader.size(), $undefined, _depth + 1, message.capabilities);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.deviceSoftwareVersion = value;
                            else
                                delete message.deviceSoftwareVersion;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.deviceType = value;
                            else
                                delete message.deviceType;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.spircVersion = value;
                            else
                                delete message.spircVersion;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.deviceId = value;
                            else
                                delete message.deviceId;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clientId = value;
                            else
                                delete message.clientId;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.brand = value;
                            else
                                delete message.brand;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.model = value;
                            else
                                delete message.model;
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            if (message.metadataMap === $util.emptyObject)
                                message.metadataMap = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.metadataMap, key);
                            message.metadataMap[key] = value;
                            continue;
                        }
                    case 22: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.publicIp = value;
                            else
                                delete message.publicIp;
                            continue;
                        }
                    case 23: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.license = value;
                            else
                                delete message.license;
                            continue;
                        }
                    case 25: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.isGroup = value;
                            else
                                delete message.isGroup;
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
             * Decodes a DeviceInfo message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.connectstate.DeviceInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.connectstate.DeviceInfo & spotify.connectstate.DeviceInfo.$Shape} DeviceInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeviceInfo.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a DeviceInfo message.
             * @function verify
             * @memberof spotify.connectstate.DeviceInfo
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DeviceInfo.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.canPlay != null && $Object.hasOwnProperty.call(message, "canPlay"))
                    if (typeof message.canPlay !== "boolean")
                        return "canPlay: boolean expected";
                if (message.volume != null && $Object.hasOwnProperty.call(message, "volume"))
                    if (!$util.isInteger(message.volume))
                        return "volume: integer expected";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.capabilities != null && $Object.hasOwnProperty.call(message, "capabilities")) {
                    let error = $root.spotify.connectstate.Capabilities.verify(message.capabilities, _depth + 1);
                    if (error)
                        return "capabilities." + error;
                }
                if (message.deviceSoftwareVersion != null && $Object.hasOwnProperty.call(message, "deviceSoftwareVersion"))
                    if (!$util.isString(message.deviceSoftwareVersion))
                        return "deviceSoftwareVersion: string expected";
                if (message.deviceType != null && $Object.hasOwnProperty.call(message, "deviceType"))
                    if (typeof message.deviceType !== "number" || (message.deviceType | 0) !== message.deviceType)
                        return "deviceType: enum value expected";
                if (message.spircVersion != null && $Object.hasOwnProperty.call(message, "spircVersion"))
                    if (!$util.isString(message.spircVersion))
                        return "spircVersion: string expected";
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId"))
                    if (!$util.isString(message.deviceId))
                        return "deviceId: string expected";
                if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId"))
                    if (!$util.isString(message.clientId))
                        return "clientId: string expected";
                if (message.brand != null && $Object.hasOwnProperty.call(message, "brand"))
                    if (!$util.isString(message.brand))
                        return "brand: string expected";
                if (message.model != null && $Object.hasOwnProperty.call(message, "model"))
                    if (!$util.isString(message.model))
                        return "model: string expected";
                if (message.metadataMap != null && $Object.hasOwnProperty.call(message, "metadataMap")) {
                    if (!$util.isObject(message.metadataMap))
                        return "metadataMap: object expected";
                    let key = $Object.keys(message.metadataMap);
                    for (let i = 0; i < key.length; ++i)
                        if (!$util.isString(message.metadataMap[key[i]]))
                            return "metadataMap: string{k:string} expected";
                }
                if (message.publicIp != null && $Object.hasOwnProperty.call(message, "publicIp"))
                    if (!$util.isString(message.publicIp))
                        return "publicIp: string expected";
                if (message.license != null && $Object.hasOwnProperty.call(message, "license"))
                    if (!$util.isString(message.license))
                        return "license: string expected";
                if (message.isGroup != null && $Object.hasOwnProperty.call(message, "isGroup"))
                    if (typeof message.isGroup !== "boolean")
                        return "isGroup: boolean expected";
                return null;
            };

            /**
             * Creates a DeviceInfo message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.connectstate.DeviceInfo
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.connectstate.DeviceInfo} DeviceInfo
             */
            DeviceInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.connectstate.DeviceInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.connectstate.DeviceInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.spotify.connectstate.DeviceInfo();
                if (object.canPlay != null)
                    if (object.canPlay)
                        message.canPlay = $Boolean(object.canPlay);
                if (object.volume != null)
                    if ($Number(object.volume) !== 0)
                        message.volume = object.volume >>> 0;
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.capabilities != null) {
                    if (!$util.isObject(object.capabilities))
                        throw $TypeError(".spotify.connectstate.DeviceInfo.capabilities: object expected");
                    message.capabilities = $root.spotify.connectstate.Capabilities.fromObject(object.capabilities, _depth + 1);
                }
                if (object.deviceSoftwareVersion != null)
                    if (typeof object.deviceSoftwareVersion !== "string" || object.deviceSoftwareVersion.length)
                        message.deviceSoftwareVersion = $String(object.deviceSoftwareVersion);
                if (object.deviceType !== 0 && (typeof object.deviceType !== "string" || $root.spotify.connectstate.DeviceType[object.deviceType] !== 0))
                    switch (object.deviceType) {
                    case "UNKNOWN":
                    case 0:
                        message.deviceType = 0;
                        break;
                    case "COMPUTER":
                    case 1:
                        message.deviceType = 1;
                        break;
                    case "TABLET":
                    case 2:
                        message.deviceType = 2;
                        break;
                    case "SMARTPHONE":
                    case 3:
                        message.deviceType = 3;
                        break;
                    case "SPEAKER":
                    case 4:
                        message.deviceType = 4;
                        break;
                    case "TV":
                    case 5:
                        message.deviceType = 5;
                        break;
                    case "AVR":
                    case 6:
                        message.deviceType = 6;
                        break;
                    case "STB":
                    case 7:
                        message.deviceType = 7;
                        break;
                    case "AUDIO_DONGLE":
                    case 8:
                        message.deviceType = 8;
                        break;
                    default:
                        if (typeof object.deviceType === "number" && (object.deviceType | 0) === object.deviceType)
                            message.deviceType = object.deviceType;
                    }
                if (object.spircVersion != null)
                    if (typeof object.spircVersion !== "string" || object.spircVersion.length)
                        message.spircVersion = $String(object.spircVersion);
                if (object.deviceId != null)
                    if (typeof object.deviceId !== "string" || object.deviceId.length)
                        message.deviceId = $String(object.deviceId);
                if (object.clientId != null)
                    if (typeof object.clientId !== "string" || object.clientId.length)
                        message.clientId = $String(object.clientId);
                if (object.brand != null)
                    if (typeof object.brand !== "string" || object.brand.length)
                        message.brand = $String(object.brand);
                if (object.model != null)
                    if (typeof object.model !== "string" || object.model.length)
                        message.model = $String(object.model);
                if (object.metadataMap) {
                    if (!$util.isObject(object.metadataMap))
                        throw $TypeError(".spotify.connectstate.DeviceInfo.metadataMap: object expected");
                    message.metadataMap = {};
                    for (let keys = $Object.keys(object.metadataMap), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.metadataMap, keys[i]);
                        message.metadataMap[keys[i]] = $String(object.metadataMap[keys[i]]);
                    }
                }
                if (object.publicIp != null)
                    if (typeof object.publicIp !== "string" || object.publicIp.length)
                        message.publicIp = $String(object.publicIp);
                if (object.license != null)
                    if (typeof object.license !== "string" || object.license.length)
                        message.license = $String(object.license);
                if (object.isGroup != null)
                    if (object.isGroup)
                        message.isGroup = $Boolean(object.isGroup);
                return message;
            };

            /**
             * Creates a plain object from a DeviceInfo message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.connectstate.DeviceInfo
             * @static
             * @param {spotify.connectstate.DeviceInfo} message DeviceInfo
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DeviceInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.objects || options.defaults)
                    object.metadataMap = {};
                if (options.defaults) {
                    object.canPlay = false;
                    object.volume = 0;
                    object.name = "";
                    object.capabilities = null;
                    object.deviceSoftwareVersion = "";
                    object.deviceType = options.enums === $String ? "UNKNOWN" : 0;
                    object.spircVersion = "";
                    object.deviceId = "";
                    object.clientId = "";
                    object.brand = "";
                    object.model = "";
                    object.publicIp = "";
                    object.license = "";
                    object.isGroup = false;
                }
                if (message.canPlay != null && $Object.hasOwnProperty.call(message, "canPlay"))
                    object.canPlay = message.canPlay;
                if (message.volume != null && $Object.hasOwnProperty.call(message, "volume"))
                    object.volume = message.volume;
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.capabilities != null && $Object.hasOwnProperty.call(message, "capabilities"))
                    object.capabilities = $root.spotify.connectstate.Capabilities.toObject(message.capabilities, options, _depth + 1);
                if (message.deviceSoftwareVersion != null && $Object.hasOwnProperty.call(message, "deviceSoftwareVersion"))
                    object.deviceSoftwareVersion = message.deviceSoftwareVersion;
                if (message.deviceType != null && $Object.hasOwnProperty.call(message, "deviceType"))
                    object.deviceType = options.enums === $String ? $root.spotify.connectstate.DeviceType[message.deviceType] === $undefined ? message.deviceType : $root.spotify.connectstate.DeviceType[message.deviceType] : message.deviceType;
                if (message.spircVersion != null && $Object.hasOwnProperty.call(message, "spircVersion"))
                    object.spircVersion = message.spircVersion;
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId"))
                    object.deviceId = message.deviceId;
                if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId"))
                    object.clientId = message.clientId;
                if (message.brand != null && $Object.hasOwnProperty.call(message, "brand"))
                    object.brand = message.brand;
                if (message.model != null && $Object.hasOwnProperty.call(message, "model"))
                    object.model = message.model;
                let keys2;
                if (message.metadataMap && (keys2 = $Object.keys(message.metadataMap)).length) {
                    object.metadataMap = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.metadataMap, keys2[j]);
                        object.metadataMap[keys2[j]] = message.metadataMap[keys2[j]];
                    }
                }
                if (message.publicIp != null && $Object.hasOwnProperty.call(message, "publicIp"))
                    object.publicIp = message.publicIp;
                if (message.license != null && $Object.hasOwnProperty.call(message, "license"))
                    object.license = message.license;
                if (message.isGroup != null && $Object.hasOwnProperty.call(message, "isGroup"))
                    object.isGroup = message.isGroup;
                return object;
            };

            /**
             * Converts this DeviceInfo to JSON.
             * @function toJSON
             * @memberof spotify.connectstate.DeviceInfo
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DeviceInfo.prototype.toJSON = function() {
                return DeviceInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DeviceInfo
             * @function getTypeUrl
             * @memberof spotify.connectstate.DeviceInfo
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DeviceInfo.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.connectstate.DeviceInfo";
            };

            return DeviceInfo;
        })();

        connectstate.PrivateDeviceInfo = (function() {

            /**
             * Properties of a PrivateDeviceInfo.
             * @typedef {Object} spotify.connectstate.PrivateDeviceInfo.$Properties
             * @property {string|null} [platform] PrivateDeviceInfo platform
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PrivateDeviceInfo.
             * @memberof spotify.connectstate
             * @interface IPrivateDeviceInfo
             * @augments spotify.connectstate.PrivateDeviceInfo.$Properties
             * @deprecated Use spotify.connectstate.PrivateDeviceInfo.$Properties instead.
             */

            /**
             * Shape of a PrivateDeviceInfo.
             * @typedef {spotify.connectstate.PrivateDeviceInfo.$Properties} spotify.connectstate.PrivateDeviceInfo.$Shape
             */

            /**
             * Constructs a new PrivateDeviceInfo.
             * @memberof spotify.connectstate
             * @classdesc Represents a PrivateDeviceInfo.
             * @constructor
             * @param {spotify.connectstate.PrivateDeviceInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PrivateDeviceInfo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PrivateDeviceInfo platform.
             * @member {string} platform
             * @memberof spotify.connectstate.PrivateDeviceInfo
             * @instance
             */
            PrivateDeviceInfo.prototype.platform = "";

            /**
             * Creates a new PrivateDeviceInfo instance using the specified properties.
             * @function create
             * @memberof spotify.connectstate.PrivateDeviceInfo
             * @static
             * @param {spotify.connectstate.PrivateDeviceInfo.$Properties=} [properties] Properties to set
             * @returns {spotify.connectstate.PrivateDeviceInfo} PrivateDeviceInfo instance
             * @type {{
             *   (properties: spotify.connectstate.PrivateDeviceInfo.$Shape): spotify.connectstate.PrivateDeviceInfo & spotify.connectstate.PrivateDeviceInfo.$Shape;
             *   (properties?: spotify.connectstate.PrivateDeviceInfo.$Properties): spotify.connectstate.PrivateDeviceInfo;
             * }}
             */
            PrivateDeviceInfo.create = function(properties) {
                return new PrivateDeviceInfo(properties);
            };

            /**
             * Encodes the specified PrivateDeviceInfo message. Does not implicitly {@link spotify.connectstate.PrivateDeviceInfo.verify|verify} messages.
             * @function encode
             * @memberof spotify.connectstate.PrivateDeviceInfo
             * @static
             * @param {spotify.connectstate.PrivateDeviceInfo.$Properties} message PrivateDeviceInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PrivateDeviceInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.platform != null && $Object.hasOwnProperty.call(message, "platform") && message.platform !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.platform);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified PrivateDeviceInfo message, length delimited. Does not implicitly {@link spotify.connectstate.PrivateDeviceInfo.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.connectstate.PrivateDeviceInfo
             * @static
             * @param {spotify.connectstate.PrivateDeviceInfo.$Properties} message PrivateDeviceInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PrivateDeviceInfo.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a PrivateDeviceInfo message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.connectstate.PrivateDeviceInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.connectstate.PrivateDeviceInfo & spotify.connectstate.PrivateDeviceInfo.$Shape} PrivateDeviceInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PrivateDeviceInfo.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.spotify.connectstate.PrivateDeviceInfo();
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
                                message.platform = value;
                            else
                                delete message.platform;
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
             * Decodes a PrivateDeviceInfo message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.connectstate.PrivateDeviceInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.connectstate.PrivateDeviceInfo & spotify.connectstate.PrivateDeviceInfo.$Shape} PrivateDeviceInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PrivateDeviceInfo.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a PrivateDeviceInfo message.
             * @function verify
             * @memberof spotify.connectstate.PrivateDeviceInfo
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PrivateDeviceInfo.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.platform != null && $Object.hasOwnProperty.call(message, "platform"))
                    if (!$util.isString(message.platform))
                        return "platform: string expected";
                return null;
            };

            /**
             * Creates a PrivateDeviceInfo message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.connectstate.PrivateDeviceInfo
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.connectstate.PrivateDeviceInfo} PrivateDeviceInfo
             */
            PrivateDeviceInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.connectstate.PrivateDeviceInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.connectstate.PrivateDeviceInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.spotify.connectstate.PrivateDeviceInfo();
                if (object.platform != null)
                    if (typeof object.platform !== "string" || object.platform.length)
                        message.platform = $String(object.platform);
                return message;
            };

            /**
             * Creates a plain object from a PrivateDeviceInfo message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.connectstate.PrivateDeviceInfo
             * @static
             * @param {spotify.connectstate.PrivateDeviceInfo} message PrivateDeviceInfo
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PrivateDeviceInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.platform = "";
                if (message.platform != null && $Object.hasOwnProperty.call(message, "platform"))
                    object.platform = message.platform;
                return object;
            };

            /**
             * Converts this PrivateDeviceInfo to JSON.
             * @function toJSON
             * @memberof spotify.connectstate.PrivateDeviceInfo
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PrivateDeviceInfo.prototype.toJSON = function() {
                return PrivateDeviceInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PrivateDeviceInfo
             * @function getTypeUrl
             * @memberof spotify.connectstate.PrivateDeviceInfo
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PrivateDeviceInfo.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.connectstate.PrivateDeviceInfo";
            };

            return PrivateDeviceInfo;
        })();

        connectstate.Device = (function() {

            /**
             * Properties of a Device.
             * @typedef {Object} spotify.connectstate.Device.$Properties
             * @property {spotify.connectstate.DeviceInfo.$Properties|null} [deviceInfo] Device deviceInfo
             * @property {spotify.connectstate.PlayerState.$Properties|null} [playerState] Device playerState
             * @property {spotify.connectstate.PrivateDeviceInfo.$Properties|null} [privateDeviceInfo] Device privateDeviceInfo
             * @property {Uint8Array|null} [transferData] Device transferData
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Device.
             * @memberof spotify.connectstate
             * @interface IDevice
             * @augments spotify.connectstate.Device.$Properties
             * @deprecated Use spotify.connectstate.Device.$Properties instead.
             */

            /**
             * Shape of a Device.
             * @typedef {spotify.connectstate.Device.$Properties} spotify.connectstate.Device.$Shape
             */

            /**
             * Constructs a new Device.
             * @memberof spotify.connectstate
             * @classdesc Represents a Device.
             * @constructor
             * @param {spotify.connectstate.Device.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Device = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Device deviceInfo.
             * @member {spotify.connectstate.DeviceInfo.$Properties|null|undefined} deviceInfo
             * @memberof spotify.connectstate.Device
             * @instance
             */
            Device.prototype.deviceInfo = null;

            /**
             * Device playerState.
             * @member {spotify.connectstate.PlayerState.$Properties|null|undefined} playerState
             * @memberof spotify.connectstate.Device
             * @instance
             */
            Device.prototype.playerState = null;

            /**
             * Device privateDeviceInfo.
             * @member {spotify.connectstate.PrivateDeviceInfo.$Properties|null|undefined} privateDeviceInfo
             * @memberof spotify.connectstate.Device
             * @instance
             */
            Device.prototype.privateDeviceInfo = null;

            /**
             * Device transferData.
             * @member {Uint8Array} transferData
             * @memberof spotify.connectstate.Device
             * @instance
             */
            Device.prototype.transferData = $util.newBuffer([]);

            /**
             * Creates a new Device instance using the specified properties.
             * @function create
             * @memberof spotify.connectstate.Device
             * @static
             * @param {spotify.connectstate.Device.$Properties=} [properties] Properties to set
             * @returns {spotify.connectstate.Device} Device instance
             * @type {{
             *   (properties: spotify.connectstate.Device.$Shape): spotify.connectstate.Device & spotify.connectstate.Device.$Shape;
             *   (properties?: spotify.connectstate.Device.$Properties): spotify.connectstate.Device;
             * }}
             */
            Device.create = function(properties) {
                return new Device(properties);
            };

            /**
             * Encodes the specified Device message. Does not implicitly {@link spotify.connectstate.Device.verify|verify} messages.
             * @function encode
             * @memberof spotify.connectstate.Device
             * @static
             * @param {spotify.connectstate.Device.$Properties} message Device message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Device.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.deviceInfo != null && $Object.hasOwnProperty.call(message, "deviceInfo"))
                    $root.spotify.connectstate.DeviceInfo.encode(message.deviceInfo, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.playerState != null && $Object.hasOwnProperty.call(message, "playerState"))
                    $root.spotify.connectstate.PlayerState.encode(message.playerState, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.privateDeviceInfo != null && $Object.hasOwnProperty.call(message, "privateDeviceInfo"))
                    $root.spotify.connectstate.PrivateDeviceInfo.encode(message.privateDeviceInfo, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.transferData != null && $Object.hasOwnProperty.call(message, "transferData") && message.transferData.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.transferData);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Device message, length delimited. Does not implicitly {@link spotify.connectstate.Device.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.connectstate.Device
             * @static
             * @param {spotify.connectstate.Device.$Properties} message Device message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Device.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Device message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.connectstate.Device
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.connectstate.Device & spotify.connectstate.Device.$Shape} Device
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Device.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.spotify.connectstate.Device();
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
                            message.deviceInfo = $root.spotify.connectstate.DeviceInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.deviceInfo);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.playerState = $root.spotify.connectstate.PlayerState.decode(reader, reader.size(), $undefined, _depth + 1, message.playerState);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.privateDeviceInfo = $root.spotify.connectstate.PrivateDeviceInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.privateDeviceInfo);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.transferData = value;
                            else
                                delete message.transferData;
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
             * Decodes a Device message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.connectstate.Device
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.connectstate.Device & spotify.connectstate.Device.$Shape} Device
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Device.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Device message.
             * @function verify
             * @memberof spotify.connectstate.Device
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Device.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.deviceInfo != null && $Object.hasOwnProperty.call(message, "deviceInfo")) {
                    let error = $root.spotify.connectstate.DeviceInfo.verify(message.deviceInfo, _depth + 1);
                    if (error)
                        return "deviceInfo." + error;
                }
                if (message.playerState != null && $Object.hasOwnProperty.call(message, "playerState")) {
                    let error = $root.spotify.connectstate.PlayerState.verify(message.playerState, _depth + 1);
                    if (error)
                        return "playerState." + error;
                }
                if (message.privateDeviceInfo != null && $Object.hasOwnProperty.call(message, "privateDeviceInfo")) {
                    let error = $root.spotify.connectstate.PrivateDeviceInfo.verify(message.privateDeviceInfo, _depth + 1);
                    if (error)
                        return "privateDeviceInfo." + error;
                }
                if (message.transferData != null && $Object.hasOwnProperty.call(message, "transferData"))
                    if (!(message.transferData && typeof message.transferData.length === "number" || $util.isString(message.transferData)))
                        return "transferData: buffer expected";
                return null;
            };

            /**
             * Creates a Device message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.connectstate.Device
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.connectstate.Device} Device
             */
            Device.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.connectstate.Device)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.connectstate.Device: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.spotify.connectstate.Device();
                if (object.deviceInfo != null) {
                    if (!$util.isObject(object.deviceInfo))
                        throw $TypeError(".spotify.connectstate.Device.deviceInfo: object expected");
                    message.deviceInfo = $root.spotify.connectstate.DeviceInfo.fromObject(object.deviceInfo, _depth + 1);
                }
                if (object.playerState != null) {
                    if (!$util.isObject(object.playerState))
                        throw $TypeError(".spotify.connectstate.Device.playerState: object expected");
                    message.playerState = $root.spotify.connectstate.PlayerState.fromObject(object.playerState, _depth + 1);
                }
                if (object.privateDeviceInfo != null) {
                    if (!$util.isObject(object.privateDeviceInfo))
                        throw $TypeError(".spotify.connectstate.Device.privateDeviceInfo: object expected");
                    message.privateDeviceInfo = $root.spotify.connectstate.PrivateDeviceInfo.fromObject(object.privateDeviceInfo, _depth + 1);
                }
                if (object.transferData != null)
                    if (object.transferData.length)
                        if (typeof object.transferData === "string")
                            $util.base64.decode(object.transferData, message.transferData = $util.newBuffer($util.base64.length(object.transferData)), 0);
                        else if (object.transferData.length >= 0)
                            message.transferData = object.transferData;
                return message;
            };

            /**
             * Creates a plain object from a Device message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.connectstate.Device
             * @static
             * @param {spotify.connectstate.Device} message Device
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Device.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.deviceInfo = null;
                    object.playerState = null;
                    object.privateDeviceInfo = null;
                    if (options.bytes === $String)
                        object.transferData = "";
                    else {
                        object.transferData = [];
                        if (options.bytes !== $Array)
                            object.transferData = $util.newBuffer(object.transferData);
                    }
                }
                if (message.deviceInfo != null && $Object.hasOwnProperty.call(message, "deviceInfo"))
                    object.deviceInfo = $root.spotify.connectstate.DeviceInfo.toObject(message.deviceInfo, options, _depth + 1);
                if (message.playerState != null && $Object.hasOwnProperty.call(message, "playerState"))
                    object.playerState = $root.spotify.connectstate.PlayerState.toObject(message.playerState, options, _depth + 1);
                if (message.privateDeviceInfo != null && $Object.hasOwnProperty.call(message, "privateDeviceInfo"))
                    object.privateDeviceInfo = $root.spotify.connectstate.PrivateDeviceInfo.toObject(message.privateDeviceInfo, options, _depth + 1);
                if (message.transferData != null && $Object.hasOwnProperty.call(message, "transferData"))
                    object.transferData = options.bytes === $String ? $util.base64.encode(message.transferData, 0, message.transferData.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.transferData) : message.transferData;
                return object;
            };

            /**
             * Converts this Device to JSON.
             * @function toJSON
             * @memberof spotify.connectstate.Device
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Device.prototype.toJSON = function() {
                return Device.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Device
             * @function getTypeUrl
             * @memberof spotify.connectstate.Device
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Device.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.connectstate.Device";
            };

            return Device;
        })();

        /**
         * MemberType enum.
         * @name spotify.connectstate.MemberType
         * @enum {number}
         * @property {number} SPIRC_V2=0 SPIRC_V2 value
         * @property {number} SPIRC_V3=1 SPIRC_V3 value
         * @property {number} CONNECT_STATE=2 CONNECT_STATE value
         * @property {number} CONNECT_STATE_EXTENDED=5 CONNECT_STATE_EXTENDED value
         * @property {number} ACTIVE_DEVICE_TRACKER=6 ACTIVE_DEVICE_TRACKER value
         * @property {number} PLAY_TOKEN=7 PLAY_TOKEN value
         */
        connectstate.MemberType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "SPIRC_V2"] = 0;
            values[valuesById[1] = "SPIRC_V3"] = 1;
            values[valuesById[2] = "CONNECT_STATE"] = 2;
            values[valuesById[5] = "CONNECT_STATE_EXTENDED"] = 5;
            values[valuesById[6] = "ACTIVE_DEVICE_TRACKER"] = 6;
            values[valuesById[7] = "PLAY_TOKEN"] = 7;
            return values;
        })();

        /**
         * PutStateReason enum.
         * @name spotify.connectstate.PutStateReason
         * @enum {number}
         * @property {number} UNKNOWN_PUT_STATE_REASON=0 UNKNOWN_PUT_STATE_REASON value
         * @property {number} SPIRC_HELLO=1 SPIRC_HELLO value
         * @property {number} SPIRC_NOTIFY=2 SPIRC_NOTIFY value
         * @property {number} NEW_DEVICE=3 NEW_DEVICE value
         * @property {number} PLAYER_STATE_CHANGED=4 PLAYER_STATE_CHANGED value
         * @property {number} VOLUME_CHANGED=5 VOLUME_CHANGED value
         * @property {number} PICKER_OPENED=6 PICKER_OPENED value
         * @property {number} BECAME_INACTIVE=7 BECAME_INACTIVE value
         */
        connectstate.PutStateReason = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "UNKNOWN_PUT_STATE_REASON"] = 0;
            values[valuesById[1] = "SPIRC_HELLO"] = 1;
            values[valuesById[2] = "SPIRC_NOTIFY"] = 2;
            values[valuesById[3] = "NEW_DEVICE"] = 3;
            values[valuesById[4] = "PLAYER_STATE_CHANGED"] = 4;
            values[valuesById[5] = "VOLUME_CHANGED"] = 5;
            values[valuesById[6] = "PICKER_OPENED"] = 6;
            values[valuesById[7] = "BECAME_INACTIVE"] = 7;
            return values;
        })();

        connectstate.PutStateRequest = (function() {

            /**
             * Properties of a PutStateRequest.
             * @typedef {Object} spotify.connectstate.PutStateRequest.$Properties
             * @property {string|null} [callbackUrl] PutStateRequest callbackUrl
             * @property {spotify.connectstate.Device.$Properties|null} [device] PutStateRequest device
             * @property {spotify.connectstate.MemberType|null} [memberType] PutStateRequest memberType
             * @property {boolean|null} [isActive] PutStateRequest isActive
             * @property {spotify.connectstate.PutStateReason|null} [putStateReason] PutStateRequest putStateReason
             * @property {number|null} [messageId] PutStateRequest messageId
             * @property {string|null} [lastCommandSentByDeviceId] PutStateRequest lastCommandSentByDeviceId
             * @property {number|null} [lastCommandMessageId] PutStateRequest lastCommandMessageId
             * @property {number|Long|null} [startedPlayingAt] PutStateRequest startedPlayingAt
             * @property {number|Long|null} [hasBeenPlayingForMs] PutStateRequest hasBeenPlayingForMs
             * @property {number|Long|null} [clientSideTimestamp] PutStateRequest clientSideTimestamp
             * @property {boolean|null} [onlyWritePlayerState] PutStateRequest onlyWritePlayerState
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PutStateRequest.
             * @memberof spotify.connectstate
             * @interface IPutStateRequest
             * @augments spotify.connectstate.PutStateRequest.$Properties
             * @deprecated Use spotify.connectstate.PutStateRequest.$Properties instead.
             */

            /**
             * Shape of a PutStateRequest.
             * @typedef {spotify.connectstate.PutStateRequest.$Properties} spotify.connectstate.PutStateRequest.$Shape
             */

            /**
             * Constructs a new PutStateRequest.
             * @memberof spotify.connectstate
             * @classdesc Represents a PutStateRequest.
             * @constructor
             * @param {spotify.connectstate.PutStateRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PutStateRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PutStateRequest callbackUrl.
             * @member {string} callbackUrl
             * @memberof spotify.connectstate.PutStateRequest
             * @instance
             */
            PutStateRequest.prototype.callbackUrl = "";

            /**
             * PutStateRequest device.
             * @member {spotify.connectstate.Device.$Properties|null|undefined} device
             * @memberof spotify.connectstate.PutStateRequest
             * @instance
             */
            PutStateRequest.prototype.device = null;

            /**
             * PutStateRequest memberType.
             * @member {spotify.connectstate.MemberType} memberType
             * @memberof spotify.connectstate.PutStateRequest
             * @instance
             */
            PutStateRequest.prototype.memberType = 0;

            /**
             * PutStateRequest isActive.
             * @member {boolean} isActive
             * @memberof spotify.connectstate.PutStateRequest
             * @instance
             */
            PutStateRequest.prototype.isActive = false;

            /**
             * PutStateRequest putStateReason.
             * @member {spotify.connectstate.PutStateReason} putStateReason
             * @memberof spotify.connectstate.PutStateRequest
             * @instance
             */
            PutStateRequest.prototype.putStateReason = 0;

            /**
             * PutStateRequest messageId.
             * @member {number} messageId
             * @memberof spotify.connectstate.PutStateRequest
             * @instance
             */
            PutStateRequest.prototype.messageId = 0;

            /**
             * PutStateRequest lastCommandSentByDeviceId.
             * @member {string} lastCommandSentByDeviceId
             * @memberof spotify.connectstate.PutStateRequest
             * @instance
             */
            PutStateRequest.prototype.lastCommandSentByDeviceId = "";

            /**
             * PutStateRequest lastCommandMessageId.
             * @member {number} lastCommandMessageId
             * @memberof spotify.connectstate.PutStateRequest
             * @instance
             */
            PutStateRequest.prototype.lastCommandMessageId = 0;

            /**
             * PutStateRequest startedPlayingAt.
             * @member {number|Long} startedPlayingAt
             * @memberof spotify.connectstate.PutStateRequest
             * @instance
             */
            PutStateRequest.prototype.startedPlayingAt = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * PutStateRequest hasBeenPlayingForMs.
             * @member {number|Long} hasBeenPlayingForMs
             * @memberof spotify.connectstate.PutStateRequest
             * @instance
             */
            PutStateRequest.prototype.hasBeenPlayingForMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * PutStateRequest clientSideTimestamp.
             * @member {number|Long} clientSideTimestamp
             * @memberof spotify.connectstate.PutStateRequest
             * @instance
             */
            PutStateRequest.prototype.clientSideTimestamp = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * PutStateRequest onlyWritePlayerState.
             * @member {boolean} onlyWritePlayerState
             * @memberof spotify.connectstate.PutStateRequest
             * @instance
             */
            PutStateRequest.prototype.onlyWritePlayerState = false;

            /**
             * Creates a new PutStateRequest instance using the specified properties.
             * @function create
             * @memberof spotify.connectstate.PutStateRequest
             * @static
             * @param {spotify.connectstate.PutStateRequest.$Properties=} [properties] Properties to set
             * @returns {spotify.connectstate.PutStateRequest} PutStateRequest instance
             * @type {{
             *   (properties: spotify.connectstate.PutStateRequest.$Shape): spotify.connectstate.PutStateRequest & spotify.connectstate.PutStateRequest.$Shape;
             *   (properties?: spotify.connectstate.PutStateRequest.$Properties): spotify.connectstate.PutStateRequest;
             * }}
             */
            PutStateRequest.create = function(properties) {
                return new PutStateRequest(properties);
            };

            /**
             * Encodes the specified PutStateRequest message. Does not implicitly {@link spotify.connectstate.PutStateRequest.verify|verify} messages.
             * @function encode
             * @memberof spotify.connectstate.PutStateRequest
             * @static
             * @param {spotify.connectstate.PutStateRequest.$Properties} message PutStateRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PutStateRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.callbackUrl != null && $Object.hasOwnProperty.call(message, "callbackUrl") && message.callbackUrl !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.callbackUrl);
                if (message.device != null && $Object.hasOwnProperty.call(message, "device"))
                    $root.spotify.connectstate.Device.encode(message.device, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.memberType != null && $Object.hasOwnProperty.call(message, "memberType") && message.memberType !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.memberType);
                if (message.isActive != null && $Object.hasOwnProperty.call(message, "isActive") && message.isActive !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.isActive);
                if (message.putStateReason != null && $Object.hasOwnProperty.call(message, "putStateReason") && message.putStateReason !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.putStateReason);
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && message.messageId !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.messageId);
                if (message.lastCommandSentByDeviceId != null && $Object.hasOwnProperty.call(message, "lastCommandSentByDeviceId") && message.lastCommandSentByDeviceId !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.lastCommandSentByDeviceId);
                if (message.lastCommandMessageId != null && $Object.hasOwnProperty.call(message, "lastCommandMessageId") && message.lastCommandMessageId !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.lastCommandMessageId);
                if (message.startedPlayingAt != null && $Object.hasOwnProperty.call(message, "startedPlayingAt") && (typeof message.startedPlayingAt === "object" ? message.startedPlayingAt.low || message.startedPlayingAt.high : message.startedPlayingAt !== 0))
                    writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.startedPlayingAt);
                if (message.hasBeenPlayingForMs != null && $Object.hasOwnProperty.call(message, "hasBeenPlayingForMs") && (typeof message.hasBeenPlayingForMs === "object" ? message.hasBeenPlayingForMs.low || message.hasBeenPlayingForMs.high : message.hasBeenPlayingForMs !== 0))
                    writer.uint32(/* id 11, wireType 0 =*/88).uint64(message.hasBeenPlayingForMs);
                if (message.clientSideTimestamp != null && $Object.hasOwnProperty.call(message, "clientSideTimestamp") && (typeof message.clientSideTimestamp === "object" ? message.clientSideTimestamp.low || message.clientSideTimestamp.high : message.clientSideTimestamp !== 0))
                    writer.uint32(/* id 12, wireType 0 =*/96).uint64(message.clientSideTimestamp);
                if (message.onlyWritePlayerState != null && $Object.hasOwnProperty.call(message, "onlyWritePlayerState") && message.onlyWritePlayerState !== false)
                    writer.uint32(/* id 13, wireType 0 =*/104).bool(message.onlyWritePlayerState);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified PutStateRequest message, length delimited. Does not implicitly {@link spotify.connectstate.PutStateRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.connectstate.PutStateRequest
             * @static
             * @param {spotify.connectstate.PutStateRequest.$Properties} message PutStateRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PutStateRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a PutStateRequest message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.connectstate.PutStateRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.connectstate.PutStateRequest & spotify.connectstate.PutStateRequest.$Shape} PutStateRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PutStateRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.spotify.connectstate.PutStateRequest();
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
                                message.callbackUrl = value;
                            else
                                delete message.callbackUrl;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.device = $root.spotify.connectstate.Device.decode(reader, reader.size(), $undefined, _depth + 1, message.device);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.memberType = value;
                            else
                                delete message.memberType;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.isActive = value;
                            else
                                delete message.isActive;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.putStateReason = value;
                            else
                                delete message.putStateReason;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.messageId = value;
                            else
                                delete message.messageId;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.lastCommandSentByDeviceId = value;
                            else
                                delete message.lastCommandSentByDeviceId;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.lastCommandMessageId = value;
                            else
                                delete message.lastCommandMessageId;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.startedPlayingAt = value;
                            else
                                delete message.startedPlayingAt;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.hasBeenPlayingForMs = value;
                            else
                                delete message.hasBeenPlayingForMs;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.clientSideTimestamp = value;
                            else
                                delete message.clientSideTimestamp;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.onlyWritePlayerState = value;
                            else
                                delete message.onlyWritePlayerState;
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
             * Decodes a PutStateRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.connectstate.PutStateRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.connectstate.PutStateRequest & spotify.connectstate.PutStateRequest.$Shape} PutStateRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PutStateRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a PutStateRequest message.
             * @function verify
             * @memberof spotify.connectstate.PutStateRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PutStateRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.callbackUrl != null && $Object.hasOwnProperty.call(message, "callbackUrl"))
                    if (!$util.isString(message.callbackUrl))
                        return "callbackUrl: string expected";
                if (message.device != null && $Object.hasOwnProperty.call(message, "device")) {
                    let error = $root.spotify.connectstate.Device.verify(message.device, _depth + 1);
                    if (error)
                        return "device." + error;
                }
                if (message.memberType != null && $Object.hasOwnProperty.call(message, "memberType"))
                    if (typeof message.memberType !== "number" || (message.memberType | 0) !== message.memberType)
                        return "memberType: enum value expected";
                if (message.isActive != null && $Object.hasOwnProperty.call(message, "isActive"))
                    if (typeof message.isActive !== "boolean")
                        return "isActive: boolean expected";
                if (message.putStateReason != null && $Object.hasOwnProperty.call(message, "putStateReason"))
                    if (typeof message.putStateReason !== "number" || (message.putStateReason | 0) !== message.putStateReason)
                        return "putStateReason: enum value expected";
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    if (!$util.isInteger(message.messageId))
                        return "messageId: integer expected";
                if (message.lastCommandSentByDeviceId != null && $Object.hasOwnProperty.call(message, "lastCommandSentByDeviceId"))
                    if (!$util.isString(message.lastCommandSentByDeviceId))
                        return "lastCommandSentByDeviceId: string expected";
                if (message.lastCommandMessageId != null && $Object.hasOwnProperty.call(message, "lastCommandMessageId"))
                    if (!$util.isInteger(message.lastCommandMessageId))
                        return "lastCommandMessageId: integer expected";
                if (message.startedPlayingAt != null && $Object.hasOwnProperty.call(message, "startedPlayingAt"))
                    if (!$util.isInteger(message.startedPlayingAt) && !(message.startedPlayingAt && $util.isInteger(message.startedPlayingAt.low) && $util.isInteger(message.startedPlayingAt.high)))
                        return "startedPlayingAt: integer|Long expected";
                if (message.hasBeenPlayingForMs != null && $Object.hasOwnProperty.call(message, "hasBeenPlayingForMs"))
                    if (!$util.isInteger(message.hasBeenPlayingForMs) && !(message.hasBeenPlayingForMs && $util.isInteger(message.hasBeenPlayingForMs.low) && $util.isInteger(message.hasBeenPlayingForMs.high)))
                        return "hasBeenPlayingForMs: integer|Long expected";
                if (message.clientSideTimestamp != null && $Object.hasOwnProperty.call(message, "clientSideTimestamp"))
                    if (!$util.isInteger(message.clientSideTimestamp) && !(message.clientSideTimestamp && $util.isInteger(message.clientSideTimestamp.low) && $util.isInteger(message.clientSideTimestamp.high)))
                        return "clientSideTimestamp: integer|Long expected";
                if (message.onlyWritePlayerState != null && $Object.hasOwnProperty.call(message, "onlyWritePlayerState"))
                    if (typeof message.onlyWritePlayerState !== "boolean")
                        return "onlyWritePlayerState: boolean expected";
                return null;
            };

            /**
             * Creates a PutStateRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.connectstate.PutStateRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.connectstate.PutStateRequest} PutStateRequest
             */
            PutStateRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.connectstate.PutStateRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.connectstate.PutStateRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.spotify.connectstate.PutStateRequest();
                if (object.callbackUrl != null)
                    if (typeof object.callbackUrl !== "string" || object.callbackUrl.length)
                        message.callbackUrl = $String(object.callbackUrl);
                if (object.device != null) {
                    if (!$util.isObject(object.device))
                        throw $TypeError(".spotify.connectstate.PutStateRequest.device: object expected");
                    message.device = $root.spotify.connectstate.Device.fromObject(object.device, _depth + 1);
                }
                if (object.memberType !== 0 && (typeof object.memberType !== "string" || $root.spotify.connectstate.MemberType[object.memberType] !== 0))
                    switch (object.memberType) {
                    case "SPIRC_V2":
                    case 0:
                        message.memberType = 0;
                        break;
                    case "SPIRC_V3":
                    case 1:
                        message.memberType = 1;
                        break;
                    case "CONNECT_STATE":
                    case 2:
                        message.memberType = 2;
                        break;
                    case "CONNECT_STATE_EXTENDED":
                    case 5:
                        message.memberType = 5;
                        break;
                    case "ACTIVE_DEVICE_TRACKER":
                    case 6:
                        message.memberType = 6;
                        break;
                    case "PLAY_TOKEN":
                    case 7:
                        message.memberType = 7;
                        break;
                    default:
                        if (typeof object.memberType === "number" && (object.memberType | 0) === object.memberType)
                            message.memberType = object.memberType;
                    }
                if (object.isActive != null)
                    if (object.isActive)
                        message.isActive = $Boolean(object.isActive);
                if (object.putStateReason !== 0 && (typeof object.putStateReason !== "string" || $root.spotify.connectstate.PutStateReason[object.putStateReason] !== 0))
                    switch (object.putStateReason) {
                    case "UNKNOWN_PUT_STATE_REASON":
                    case 0:
                        message.putStateReason = 0;
                        break;
                    case "SPIRC_HELLO":
                    case 1:
                        message.putStateReason = 1;
                        break;
                    case "SPIRC_NOTIFY":
                    case 2:
                        message.putStateReason = 2;
                        break;
                    case "NEW_DEVICE":
                    case 3:
                        message.putStateReason = 3;
                        break;
                    case "PLAYER_STATE_CHANGED":
                    case 4:
                        message.putStateReason = 4;
                        break;
                    case "VOLUME_CHANGED":
                    case 5:
                        message.putStateReason = 5;
                        break;
                    case "PICKER_OPENED":
                    case 6:
                        message.putStateReason = 6;
                        break;
                    case "BECAME_INACTIVE":
                    case 7:
                        message.putStateReason = 7;
                        break;
                    default:
                        if (typeof object.putStateReason === "number" && (object.putStateReason | 0) === object.putStateReason)
                            message.putStateReason = object.putStateReason;
                    }
                if (object.messageId != null)
                    if ($Number(object.messageId) !== 0)
                        message.messageId = object.messageId >>> 0;
                if (object.lastCommandSentByDeviceId != null)
                    if (typeof object.lastCommandSentByDeviceId !== "string" || object.lastCommandSentByDeviceId.length)
                        message.lastCommandSentByDeviceId = $String(object.lastCommandSentByDeviceId);
                if (object.lastCommandMessageId != null)
                    if ($Number(object.lastCommandMessageId) !== 0)
                        message.lastCommandMessageId = object.lastCommandMessageId >>> 0;
                if (object.startedPlayingAt != null)
                    if (typeof object.startedPlayingAt === "object" ? object.startedPlayingAt.low || object.startedPlayingAt.high : $Number(object.startedPlayingAt) !== 0)
                        if ($util.Long)
                            message.startedPlayingAt = $util.Long.fromValue(object.startedPlayingAt, true);
                        else if (typeof object.startedPlayingAt === "string")
                            message.startedPlayingAt = $parseInt(object.startedPlayingAt, 10);
                        else if (typeof object.startedPlayingAt === "number")
                            message.startedPlayingAt = object.startedPlayingAt;
                        else if (typeof object.startedPlayingAt === "object")
                            message.startedPlayingAt = new $util.LongBits(object.startedPlayingAt.low >>> 0, object.startedPlayingAt.high >>> 0).toNumber(true);
                if (object.hasBeenPlayingForMs != null)
                    if (typeof object.hasBeenPlayingForMs === "object" ? object.hasBeenPlayingForMs.low || object.hasBeenPlayingForMs.high : $Number(object.hasBeenPlayingForMs) !== 0)
                        if ($util.Long)
                            message.hasBeenPlayingForMs = $util.Long.fromValue(object.hasBeenPlayingForMs, true);
                        else if (typeof object.hasBeenPlayingForMs === "string")
                            message.hasBeenPlayingForMs = $parseInt(object.hasBeenPlayingForMs, 10);
                        else if (typeof object.hasBeenPlayingForMs === "number")
                            message.hasBeenPlayingForMs = object.hasBeenPlayingForMs;
                        else if (typeof object.hasBeenPlayingForMs === "object")
                            message.hasBeenPlayingForMs = new $util.LongBits(object.hasBeenPlayingForMs.low >>> 0, object.hasBeenPlayingForMs.high >>> 0).toNumber(true);
                if (object.clientSideTimestamp != null)
                    if (typeof object.clientSideTimestamp === "object" ? object.clientSideTimestamp.low || object.clientSideTimestamp.high : $Number(object.clientSideTimestamp) !== 0)
                        if ($util.Long)
                            message.clientSideTimestamp = $util.Long.fromValue(object.clientSideTimestamp, true);
                        else if (typeof object.clientSideTimestamp === "string")
                            message.clientSideTimestamp = $parseInt(object.clientSideTimestamp, 10);
                        else if (typeof object.clientSideTimestamp === "number")
                            message.clientSideTimestamp = object.clientSideTimestamp;
                        else if (typeof object.clientSideTimestamp === "object")
                            message.clientSideTimestamp = new $util.LongBits(object.clientSideTimestamp.low >>> 0, object.clientSideTimestamp.high >>> 0).toNumber(true);
                if (object.onlyWritePlayerState != null)
                    if (object.onlyWritePlayerState)
                        message.onlyWritePlayerState = $Boolean(object.onlyWritePlayerState);
                return message;
            };

            /**
             * Creates a plain object from a PutStateRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.connectstate.PutStateRequest
             * @static
             * @param {spotify.connectstate.PutStateRequest} message PutStateRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PutStateRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.callbackUrl = "";
                    object.device = null;
                    object.memberType = options.enums === $String ? "SPIRC_V2" : 0;
                    object.isActive = false;
                    object.putStateReason = options.enums === $String ? "UNKNOWN_PUT_STATE_REASON" : 0;
                    object.messageId = 0;
                    object.lastCommandSentByDeviceId = "";
                    object.lastCommandMessageId = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.startedPlayingAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.startedPlayingAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.hasBeenPlayingForMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.hasBeenPlayingForMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.clientSideTimestamp = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.clientSideTimestamp = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.onlyWritePlayerState = false;
                }
                if (message.callbackUrl != null && $Object.hasOwnProperty.call(message, "callbackUrl"))
                    object.callbackUrl = message.callbackUrl;
                if (message.device != null && $Object.hasOwnProperty.call(message, "device"))
                    object.device = $root.spotify.connectstate.Device.toObject(message.device, options, _depth + 1);
                if (message.memberType != null && $Object.hasOwnProperty.call(message, "memberType"))
                    object.memberType = options.enums === $String ? $root.spotify.connectstate.MemberType[message.memberType] === $undefined ? message.memberType : $root.spotify.connectstate.MemberType[message.memberType] : message.memberType;
                if (message.isActive != null && $Object.hasOwnProperty.call(message, "isActive"))
                    object.isActive = message.isActive;
                if (message.putStateReason != null && $Object.hasOwnProperty.call(message, "putStateReason"))
                    object.putStateReason = options.enums === $String ? $root.spotify.connectstate.PutStateReason[message.putStateReason] === $undefined ? message.putStateReason : $root.spotify.connectstate.PutStateReason[message.putStateReason] : message.putStateReason;
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    object.messageId = message.messageId;
                if (message.lastCommandSentByDeviceId != null && $Object.hasOwnProperty.call(message, "lastCommandSentByDeviceId"))
                    object.lastCommandSentByDeviceId = message.lastCommandSentByDeviceId;
                if (message.lastCommandMessageId != null && $Object.hasOwnProperty.call(message, "lastCommandMessageId"))
                    object.lastCommandMessageId = message.lastCommandMessageId;
                if (message.startedPlayingAt != null && $Object.hasOwnProperty.call(message, "startedPlayingAt"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.startedPlayingAt = typeof message.startedPlayingAt === "number" ? $BigInt(message.startedPlayingAt) : $util.Long.fromBits(message.startedPlayingAt.low >>> 0, message.startedPlayingAt.high >>> 0, true).toBigInt();
                    else if (typeof message.startedPlayingAt === "number")
                        object.startedPlayingAt = options.longs === $String ? $String(message.startedPlayingAt) : message.startedPlayingAt;
                    else
                        object.startedPlayingAt = options.longs === $String ? $util.Long.prototype.toString.call(message.startedPlayingAt) : options.longs === $Number ? new $util.LongBits(message.startedPlayingAt.low >>> 0, message.startedPlayingAt.high >>> 0).toNumber(true) : message.startedPlayingAt;
                if (message.hasBeenPlayingForMs != null && $Object.hasOwnProperty.call(message, "hasBeenPlayingForMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.hasBeenPlayingForMs = typeof message.hasBeenPlayingForMs === "number" ? $BigInt(message.hasBeenPlayingForMs) : $util.Long.fromBits(message.hasBeenPlayingForMs.low >>> 0, message.hasBeenPlayingForMs.high >>> 0, true).toBigInt();
                    else if (typeof message.hasBeenPlayingForMs === "number")
                        object.hasBeenPlayingForMs = options.longs === $String ? $String(message.hasBeenPlayingForMs) : message.hasBeenPlayingForMs;
                    else
                        object.hasBeenPlayingForMs = options.longs === $String ? $util.Long.prototype.toString.call(message.hasBeenPlayingForMs) : options.longs === $Number ? new $util.LongBits(message.hasBeenPlayingForMs.low >>> 0, message.hasBeenPlayingForMs.high >>> 0).toNumber(true) : message.hasBeenPlayingForMs;
                if (message.clientSideTimestamp != null && $Object.hasOwnProperty.call(message, "clientSideTimestamp"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.clientSideTimestamp = typeof message.clientSideTimestamp === "number" ? $BigInt(message.clientSideTimestamp) : $util.Long.fromBits(message.clientSideTimestamp.low >>> 0, message.clientSideTimestamp.high >>> 0, true).toBigInt();
                    else if (typeof message.clientSideTimestamp === "number")
                        object.clientSideTimestamp = options.longs === $String ? $String(message.clientSideTimestamp) : message.clientSideTimestamp;
                    else
                        object.clientSideTimestamp = options.longs === $String ? $util.Long.prototype.toString.call(message.clientSideTimestamp) : options.longs === $Number ? new $util.LongBits(message.clientSideTimestamp.low >>> 0, message.clientSideTimestamp.high >>> 0).toNumber(true) : message.clientSideTimestamp;
                if (message.onlyWritePlayerState != null && $Object.hasOwnProperty.call(message, "onlyWritePlayerState"))
                    object.onlyWritePlayerState = message.onlyWritePlayerState;
                return object;
            };

            /**
             * Converts this PutStateRequest to JSON.
             * @function toJSON
             * @memberof spotify.connectstate.PutStateRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PutStateRequest.prototype.toJSON = function() {
                return PutStateRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PutStateRequest
             * @function getTypeUrl
             * @memberof spotify.connectstate.PutStateRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PutStateRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.connectstate.PutStateRequest";
            };

            return PutStateRequest;
        })();

        connectstate.Cluster = (function() {

            /**
             * Properties of a Cluster.
             * @typedef {Object} spotify.connectstate.Cluster.$Properties
             * @property {number|Long|null} [changedTimestampMs] Cluster changedTimestampMs
             * @property {string|null} [activeDeviceId] Cluster activeDeviceId
             * @property {spotify.connectstate.PlayerState.$Properties|null} [playerState] Cluster playerState
             * @property {Object.<string,spotify.connectstate.DeviceInfo.$Properties>|null} [device] Cluster device
             * @property {Uint8Array|null} [transferData] Cluster transferData
             * @property {number|Long|null} [transferDataTimestamp] Cluster transferDataTimestamp
             * @property {boolean|null} [needFullPlayerState] Cluster needFullPlayerState
             * @property {number|Long|null} [serverTimestampMs] Cluster serverTimestampMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Cluster.
             * @memberof spotify.connectstate
             * @interface ICluster
             * @augments spotify.connectstate.Cluster.$Properties
             * @deprecated Use spotify.connectstate.Cluster.$Properties instead.
             */

            /**
             * Shape of a Cluster.
             * @typedef {spotify.connectstate.Cluster.$Properties} spotify.connectstate.Cluster.$Shape
             */

            /**
             * Constructs a new Cluster.
             * @memberof spotify.connectstate
             * @classdesc Represents a Cluster.
             * @constructor
             * @param {spotify.connectstate.Cluster.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Cluster = function (properties) {
                this.device = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Cluster changedTimestampMs.
             * @member {number|Long} changedTimestampMs
             * @memberof spotify.connectstate.Cluster
             * @instance
             */
            Cluster.prototype.changedTimestampMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Cluster activeDeviceId.
             * @member {string} activeDeviceId
             * @memberof spotify.connectstate.Cluster
             * @instance
             */
            Cluster.prototype.activeDeviceId = "";

            /**
             * Cluster playerState.
             * @member {spotify.connectstate.PlayerState.$Properties|null|undefined} playerState
             * @memberof spotify.connectstate.Cluster
             * @instance
             */
            Cluster.prototype.playerState = null;

            /**
             * Cluster device.
             * @member {Object.<string,spotify.connectstate.DeviceInfo.$Properties>} device
             * @memberof spotify.connectstate.Cluster
             * @instance
             */
            Cluster.prototype.device = $util.emptyObject;

            /**
             * Cluster transferData.
             * @member {Uint8Array} transferData
             * @memberof spotify.connectstate.Cluster
             * @instance
             */
            Cluster.prototype.transferData = $util.newBuffer([]);

            /**
             * Cluster transferDataTimestamp.
             * @member {number|Long} transferDataTimestamp
             * @memberof spotify.connectstate.Cluster
             * @instance
             */
            Cluster.prototype.transferDataTimestamp = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Cluster needFullPlayerState.
             * @member {boolean} needFullPlayerState
             * @memberof spotify.connectstate.Cluster
             * @instance
             */
            Cluster.prototype.needFullPlayerState = false;

            /**
             * Cluster serverTimestampMs.
             * @member {number|Long} serverTimestampMs
             * @memberof spotify.connectstate.Cluster
             * @instance
             */
            Cluster.prototype.serverTimestampMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new Cluster instance using the specified properties.
             * @function create
             * @memberof spotify.connectstate.Cluster
             * @static
             * @param {spotify.connectstate.Cluster.$Properties=} [properties] Properties to set
             * @returns {spotify.connectstate.Cluster} Cluster instance
             * @type {{
             *   (properties: spotify.connectstate.Cluster.$Shape): spotify.connectstate.Cluster & spotify.connectstate.Cluster.$Shape;
             *   (properties?: spotify.connectstate.Cluster.$Properties): spotify.connectstate.Cluster;
             * }}
             */
            Cluster.create = function(properties) {
                return new Cluster(properties);
            };

            /**
             * Encodes the specified Cluster message. Does not implicitly {@link spotify.connectstate.Cluster.verify|verify} messages.
             * @function encode
             * @memberof spotify.connectstate.Cluster
             * @static
             * @param {spotify.connectstate.Cluster.$Properties} message Cluster message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Cluster.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.changedTimestampMs != null && $Object.hasOwnProperty.call(message, "changedTimestampMs") && (typeof message.changedTimestampMs === "object" ? message.changedTimestampMs.low || message.changedTimestampMs.high : message.changedTimestampMs !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.changedTimestampMs);
                if (message.activeDeviceId != null && $Object.hasOwnProperty.call(message, "activeDeviceId") && message.activeDeviceId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.activeDeviceId);
                if (message.playerState != null && $Object.hasOwnProperty.call(message, "playerState"))
                    $root.spotify.connectstate.PlayerState.encode(message.playerState, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.device != null && $Object.hasOwnProperty.call(message, "device"))
                    for (let keys = $Object.keys(message.device), i = 0; i < keys.length; ++i) {
                        writer.uint32(/* id 4, wireType 2 =*/34).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]);
                        $root.spotify.connectstate.DeviceInfo.encode(message.device[keys[i]], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim().ldelim();
                    }
                if (message.transferData != null && $Object.hasOwnProperty.call(message, "transferData") && message.transferData.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.transferData);
                if (message.transferDataTimestamp != null && $Object.hasOwnProperty.call(message, "transferDataTimestamp") && (typeof message.transferDataTimestamp === "object" ? message.transferDataTimestamp.low || message.transferDataTimestamp.high : message.transferDataTimestamp !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.transferDataTimestamp);
                if (message.needFullPlayerState != null && $Object.hasOwnProperty.call(message, "needFullPlayerState") && message.needFullPlayerState !== false)
                    writer.uint32(/* id 8, wireType 0 =*/64).bool(message.needFullPlayerState);
                if (message.serverTimestampMs != null && $Object.hasOwnProperty.call(message, "serverTimestampMs") && (typeof message.serverTimestampMs === "object" ? message.serverTimestampMs.low || message.serverTimestampMs.high : message.serverTimestampMs !== 0))
                    writer.uint32(/* id 9, wireType 0 =*/72).int64(message.serverTimestampMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Cluster message, length delimited. Does not implicitly {@link spotify.connectstate.Cluster.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.connectstate.Cluster
             * @static
             * @param {spotify.connectstate.Cluster.$Properties} message Cluster message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Cluster.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Cluster message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.connectstate.Cluster
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.connectstate.Cluster & spotify.connectstate.Cluster.$Shape} Cluster
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Cluster.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.spotify.connectstate.Cluster();
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
                                message.changedTimestampMs = value;
                            else
                                delete message.changedTimestampMs;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.activeDeviceId = value;
                            else
                                delete message.activeDeviceId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.playerState = $root.spotify.connectstate.PlayerState.decode(reader, reader.size(), $undefined, _depth + 1, message.playerState);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (message.device === $util.emptyObject)
                                message.device = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = null;
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = $root.spotify.connectstate.DeviceInfo.decode(reader, reader.size(), $undefined, _depth + 1, value);
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.device, key);
                            message.device[key] = value || new $root.spotify.connectstate.DeviceInfo();
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.transferData = value;
                            else
                                delete message.transferData;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.transferDataTimestamp = value;
                            else
                                delete message.transferDataTimestamp;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.needFullPlayerState = value;
                            else
                                delete message.needFullPlayerState;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.serverTimestampMs = value;
                            else
                                delete message.serverTimestampMs;
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
             * Decodes a Cluster message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.connectstate.Cluster
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.connectstate.Cluster & spotify.connectstate.Cluster.$Shape} Cluster
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Cluster.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Cluster message.
             * @function verify
             * @memberof spotify.connectstate.Cluster
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Cluster.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.changedTimestampMs != null && $Object.hasOwnProperty.call(message, "changedTimestampMs"))
                    if (!$util.isInteger(message.changedTimestampMs) && !(message.changedTimestampMs && $util.isInteger(message.changedTimestampMs.low) && $util.isInteger(message.changedTimestampMs.high)))
                        return "changedTimestampMs: integer|Long expected";
                if (message.activeDeviceId != null && $Object.hasOwnProperty.call(message, "activeDeviceId"))
                    if (!$util.isString(message.activeDeviceId))
                        return "activeDeviceId: string expected";
                if (message.playerState != null && $Object.hasOwnProperty.call(message, "playerState")) {
                    let error = $root.spotify.connectstate.PlayerState.verify(message.playerState, _depth + 1);
                    if (error)
                        return "playerState." + error;
                }
                if (message.device != null && $Object.hasOwnProperty.call(message, "device")) {
                    if (!$util.isObject(message.device))
                        return "device: object expected";
                    let key = $Object.keys(message.device);
                    for (let i = 0; i < key.length; ++i) {
                        let error = $root.spotify.connectstate.DeviceInfo.verify(message.device[key[i]], _depth + 1);
                        if (error)
                            return "device." + error;
                    }
                }
                if (message.transferData != null && $Object.hasOwnProperty.call(message, "transferData"))
                    if (!(message.transferData && typeof message.transferData.length === "number" || $util.isString(message.transferData)))
                        return "transferData: buffer expected";
                if (message.transferDataTimestamp != null && $Object.hasOwnProperty.call(message, "transferDataTimestamp"))
                    if (!$util.isInteger(message.transferDataTimestamp) && !(message.transferDataTimestamp && $util.isInteger(message.transferDataTimestamp.low) && $util.isInteger(message.transferDataTimestamp.high)))
                        return "transferDataTimestamp: integer|Long expected";
                if (message.needFullPlayerState != null && $Object.hasOwnProperty.call(message, "needFullPlayerState"))
                    if (typeof message.needFullPlayerState !== "boolean")
                        return "needFullPlayerState: boolean expected";
                if (message.serverTimestampMs != null && $Object.hasOwnProperty.call(message, "serverTimestampMs"))
                    if (!$util.isInteger(message.serverTimestampMs) && !(message.serverTimestampMs && $util.isInteger(message.serverTimestampMs.low) && $util.isInteger(message.serverTimestampMs.high)))
                        return "serverTimestampMs: integer|Long expected";
                return null;
            };

            /**
             * Creates a Cluster message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.connectstate.Cluster
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.connectstate.Cluster} Cluster
             */
            Cluster.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.connectstate.Cluster)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.connectstate.Cluster: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.spotify.connectstate.Cluster();
                if (object.changedTimestampMs != null)
                    if (typeof object.changedTimestampMs === "object" ? object.changedTimestampMs.low || object.changedTimestampMs.high : $Number(object.changedTimestampMs) !== 0)
                        if ($util.Long)
                            message.changedTimestampMs = $util.Long.fromValue(object.changedTimestampMs, false);
                        else if (typeof object.changedTimestampMs === "string")
                            message.changedTimestampMs = $parseInt(object.changedTimestampMs, 10);
                        else if (typeof object.changedTimestampMs === "number")
                            message.changedTimestampMs = object.changedTimestampMs;
                        else if (typeof object.changedTimestampMs === "object")
                            message.changedTimestampMs = new $util.LongBits(object.changedTimestampMs.low >>> 0, object.changedTimestampMs.high >>> 0).toNumber();
                if (object.activeDeviceId != null)
                    if (typeof object.activeDeviceId !== "string" || object.activeDeviceId.length)
                        message.activeDeviceId = $String(object.activeDeviceId);
                if (object.playerState != null) {
                    if (!$util.isObject(object.playerState))
                        throw $TypeError(".spotify.connectstate.Cluster.playerState: object expected");
                    message.playerState = $root.spotify.connectstate.PlayerState.fromObject(object.playerState, _depth + 1);
                }
                if (object.device) {
                    if (!$util.isObject(object.device))
                        throw $TypeError(".spotify.connectstate.Cluster.device: object expected");
                    message.device = {};
                    for (let keys = $Object.keys(object.device), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.device, keys[i]);
                        if (!$util.isObject(object.device[keys[i]]))
                            throw $TypeError(".spotify.connectstate.Cluster.device: object expected");
                        message.device[keys[i]] = $root.spotify.connectstate.DeviceInfo.fromObject(object.device[keys[i]], _depth + 1);
                    }
                }
                if (object.transferData != null)
                    if (object.transferData.length)
                        if (typeof object.transferData === "string")
                            $util.base64.decode(object.transferData, message.transferData = $util.newBuffer($util.base64.length(object.transferData)), 0);
                        else if (object.transferData.length >= 0)
                            message.transferData = object.transferData;
                if (object.transferDataTimestamp != null)
                    if (typeof object.transferDataTimestamp === "object" ? object.transferDataTimestamp.low || object.transferDataTimestamp.high : $Number(object.transferDataTimestamp) !== 0)
                        if ($util.Long)
                            message.transferDataTimestamp = $util.Long.fromValue(object.transferDataTimestamp, true);
                        else if (typeof object.transferDataTimestamp === "string")
                            message.transferDataTimestamp = $parseInt(object.transferDataTimestamp, 10);
                        else if (typeof object.transferDataTimestamp === "number")
                            message.transferDataTimestamp = object.transferDataTimestamp;
                        else if (typeof object.transferDataTimestamp === "object")
                            message.transferDataTimestamp = new $util.LongBits(object.transferDataTimestamp.low >>> 0, object.transferDataTimestamp.high >>> 0).toNumber(true);
                if (object.needFullPlayerState != null)
                    if (object.needFullPlayerState)
                        message.needFullPlayerState = $Boolean(object.needFullPlayerState);
                if (object.serverTimestampMs != null)
                    if (typeof object.serverTimestampMs === "object" ? object.serverTimestampMs.low || object.serverTimestampMs.high : $Number(object.serverTimestampMs) !== 0)
                        if ($util.Long)
                            message.serverTimestampMs = $util.Long.fromValue(object.serverTimestampMs, false);
                        else if (typeof object.serverTimestampMs === "string")
                            message.serverTimestampMs = $parseInt(object.serverTimestampMs, 10);
                        else if (typeof object.serverTimestampMs === "number")
                            message.serverTimestampMs = object.serverTimestampMs;
                        else if (typeof object.serverTimestampMs === "object")
                            message.serverTimestampMs = new $util.LongBits(object.serverTimestampMs.low >>> 0, object.serverTimestampMs.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a Cluster message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.connectstate.Cluster
             * @static
             * @param {spotify.connectstate.Cluster} message Cluster
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Cluster.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.objects || options.defaults)
                    object.device = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.changedTimestampMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.changedTimestampMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.activeDeviceId = "";
                    object.playerState = null;
                    if (options.bytes === $String)
                        object.transferData = "";
                    else {
                        object.transferData = [];
                        if (options.bytes !== $Array)
                            object.transferData = $util.newBuffer(object.transferData);
                    }
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.transferDataTimestamp = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.transferDataTimestamp = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.needFullPlayerState = false;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.serverTimestampMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.serverTimestampMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.changedTimestampMs != null && $Object.hasOwnProperty.call(message, "changedTimestampMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.changedTimestampMs = typeof message.changedTimestampMs === "number" ? $BigInt(message.changedTimestampMs) : $util.Long.fromBits(message.changedTimestampMs.low >>> 0, message.changedTimestampMs.high >>> 0, false).toBigInt();
                    else if (typeof message.changedTimestampMs === "number")
                        object.changedTimestampMs = options.longs === $String ? $String(message.changedTimestampMs) : message.changedTimestampMs;
                    else
                        object.changedTimestampMs = options.longs === $String ? $util.Long.prototype.toString.call(message.changedTimestampMs) : options.longs === $Number ? new $util.LongBits(message.changedTimestampMs.low >>> 0, message.changedTimestampMs.high >>> 0).toNumber() : message.changedTimestampMs;
                if (message.activeDeviceId != null && $Object.hasOwnProperty.call(message, "activeDeviceId"))
                    object.activeDeviceId = message.activeDeviceId;
                if (message.playerState != null && $Object.hasOwnProperty.call(message, "playerState"))
                    object.playerState = $root.spotify.connectstate.PlayerState.toObject(message.playerState, options, _depth + 1);
                let keys2;
                if (message.device && (keys2 = $Object.keys(message.device)).length) {
                    object.device = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.device, keys2[j]);
                        object.device[keys2[j]] = $root.spotify.connectstate.DeviceInfo.toObject(message.device[keys2[j]], options, _depth + 1);
                    }
                }
                if (message.transferData != null && $Object.hasOwnProperty.call(message, "transferData"))
                    object.transferData = options.bytes === $String ? $util.base64.encode(message.transferData, 0, message.transferData.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.transferData) : message.transferData;
                if (message.transferDataTimestamp != null && $Object.hasOwnProperty.call(message, "transferDataTimestamp"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.transferDataTimestamp = typeof message.transferDataTimestamp === "number" ? $BigInt(message.transferDataTimestamp) : $util.Long.fromBits(message.transferDataTimestamp.low >>> 0, message.transferDataTimestamp.high >>> 0, true).toBigInt();
                    else if (typeof message.transferDataTimestamp === "number")
                        object.transferDataTimestamp = options.longs === $String ? $String(message.transferDataTimestamp) : message.transferDataTimestamp;
                    else
                        object.transferDataTimestamp = options.longs === $String ? $util.Long.prototype.toString.call(message.transferDataTimestamp) : options.longs === $Number ? new $util.LongBits(message.transferDataTimestamp.low >>> 0, message.transferDataTimestamp.high >>> 0).toNumber(true) : message.transferDataTimestamp;
                if (message.needFullPlayerState != null && $Object.hasOwnProperty.call(message, "needFullPlayerState"))
                    object.needFullPlayerState = message.needFullPlayerState;
                if (message.serverTimestampMs != null && $Object.hasOwnProperty.call(message, "serverTimestampMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.serverTimestampMs = typeof message.serverTimestampMs === "number" ? $BigInt(message.serverTimestampMs) : $util.Long.fromBits(message.serverTimestampMs.low >>> 0, message.serverTimestampMs.high >>> 0, false).toBigInt();
                    else if (typeof message.serverTimestampMs === "number")
                        object.serverTimestampMs = options.longs === $String ? $String(message.serverTimestampMs) : message.serverTimestampMs;
                    else
                        object.serverTimestampMs = options.longs === $String ? $util.Long.prototype.toString.call(message.serverTimestampMs) : options.longs === $Number ? new $util.LongBits(message.serverTimestampMs.low >>> 0, message.serverTimestampMs.high >>> 0).toNumber() : message.serverTimestampMs;
                return object;
            };

            /**
             * Converts this Cluster to JSON.
             * @function toJSON
             * @memberof spotify.connectstate.Cluster
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Cluster.prototype.toJSON = function() {
                return Cluster.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Cluster
             * @function getTypeUrl
             * @memberof spotify.connectstate.Cluster
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Cluster.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.connectstate.Cluster";
            };

            return Cluster;
        })();

        /**
         * ClusterUpdateReason enum.
         * @name spotify.connectstate.ClusterUpdateReason
         * @enum {number}
         * @property {number} UNKNOWN_CLUSTER_UPDATE_REASON=0 UNKNOWN_CLUSTER_UPDATE_REASON value
         * @property {number} DEVICES_DISAPPEARED=1 DEVICES_DISAPPEARED value
         * @property {number} DEVICE_STATE_CHANGED=2 DEVICE_STATE_CHANGED value
         * @property {number} NEW_DEVICE_APPEARED=3 NEW_DEVICE_APPEARED value
         * @property {number} DEVICE_VOLUME_CHANGED=4 DEVICE_VOLUME_CHANGED value
         * @property {number} DEVICE_ALIAS_CHANGED=5 DEVICE_ALIAS_CHANGED value
         * @property {number} DEVICE_NEW_CONNECTION=6 DEVICE_NEW_CONNECTION value
         */
        connectstate.ClusterUpdateReason = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "UNKNOWN_CLUSTER_UPDATE_REASON"] = 0;
            values[valuesById[1] = "DEVICES_DISAPPEARED"] = 1;
            values[valuesById[2] = "DEVICE_STATE_CHANGED"] = 2;
            values[valuesById[3] = "NEW_DEVICE_APPEARED"] = 3;
            values[valuesById[4] = "DEVICE_VOLUME_CHANGED"] = 4;
            values[valuesById[5] = "DEVICE_ALIAS_CHANGED"] = 5;
            values[valuesById[6] = "DEVICE_NEW_CONNECTION"] = 6;
            return values;
        })();

        connectstate.ClusterUpdate = (function() {

            /**
             * Properties of a ClusterUpdate.
             * @typedef {Object} spotify.connectstate.ClusterUpdate.$Properties
             * @property {spotify.connectstate.Cluster.$Properties|null} [cluster] ClusterUpdate cluster
             * @property {spotify.connectstate.ClusterUpdateReason|null} [updateReason] ClusterUpdate updateReason
             * @property {string|null} [ackId] ClusterUpdate ackId
             * @property {Array.<string>|null} [devicesThatChanged] ClusterUpdate devicesThatChanged
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ClusterUpdate.
             * @memberof spotify.connectstate
             * @interface IClusterUpdate
             * @augments spotify.connectstate.ClusterUpdate.$Properties
             * @deprecated Use spotify.connectstate.ClusterUpdate.$Properties instead.
             */

            /**
             * Shape of a ClusterUpdate.
             * @typedef {spotify.connectstate.ClusterUpdate.$Properties} spotify.connectstate.ClusterUpdate.$Shape
             */

            /**
             * Constructs a new ClusterUpdate.
             * @memberof spotify.connectstate
             * @classdesc Represents a ClusterUpdate.
             * @constructor
             * @param {spotify.connectstate.ClusterUpdate.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ClusterUpdate = function (properties) {
                this.devicesThatChanged = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ClusterUpdate cluster.
             * @member {spotify.connectstate.Cluster.$Properties|null|undefined} cluster
             * @memberof spotify.connectstate.ClusterUpdate
             * @instance
             */
            ClusterUpdate.prototype.cluster = null;

            /**
             * ClusterUpdate updateReason.
             * @member {spotify.connectstate.ClusterUpdateReason} updateReason
             * @memberof spotify.connectstate.ClusterUpdate
             * @instance
             */
            ClusterUpdate.prototype.updateReason = 0;

            /**
             * ClusterUpdate ackId.
             * @member {string} ackId
             * @memberof spotify.connectstate.ClusterUpdate
             * @instance
             */
            ClusterUpdate.prototype.ackId = "";

            /**
             * ClusterUpdate devicesThatChanged.
             * @member {Array.<string>} devicesThatChanged
             * @memberof spotify.connectstate.ClusterUpdate
             * @instance
             */
            ClusterUpdate.prototype.devicesThatChanged = $util.emptyArray;

            /**
             * Creates a new ClusterUpdate instance using the specified properties.
             * @function create
             * @memberof spotify.connectstate.ClusterUpdate
             * @static
             * @param {spotify.connectstate.ClusterUpdate.$Properties=} [properties] Properties to set
             * @returns {spotify.connectstate.ClusterUpdate} ClusterUpdate instance
             * @type {{
             *   (properties: spotify.connectstate.ClusterUpdate.$Shape): spotify.connectstate.ClusterUpdate & spotify.connectstate.ClusterUpdate.$Shape;
             *   (properties?: spotify.connectstate.ClusterUpdate.$Properties): spotify.connectstate.ClusterUpdate;
             * }}
             */
            ClusterUpdate.create = function(properties) {
                return new ClusterUpdate(properties);
            };

            /**
             * Encodes the specified ClusterUpdate message. Does not implicitly {@link spotify.connectstate.ClusterUpdate.verify|verify} messages.
             * @function encode
             * @memberof spotify.connectstate.ClusterUpdate
             * @static
             * @param {spotify.connectstate.ClusterUpdate.$Properties} message ClusterUpdate message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ClusterUpdate.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.cluster != null && $Object.hasOwnProperty.call(message, "cluster"))
                    $root.spotify.connectstate.Cluster.encode(message.cluster, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.updateReason != null && $Object.hasOwnProperty.call(message, "updateReason") && message.updateReason !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.updateReason);
                if (message.ackId != null && $Object.hasOwnProperty.call(message, "ackId") && message.ackId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.ackId);
                if (message.devicesThatChanged != null && message.devicesThatChanged.length)
                    for (let i = 0; i < message.devicesThatChanged.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.devicesThatChanged[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ClusterUpdate message, length delimited. Does not implicitly {@link spotify.connectstate.ClusterUpdate.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.connectstate.ClusterUpdate
             * @static
             * @param {spotify.connectstate.ClusterUpdate.$Properties} message ClusterUpdate message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ClusterUpdate.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ClusterUpdate message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.connectstate.ClusterUpdate
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.connectstate.ClusterUpdate & spotify.connectstate.ClusterUpdate.$Shape} ClusterUpdate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ClusterUpdate.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.spotify.connectstate.ClusterUpdate();
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
                            message.cluster = $root.spotify.connectstate.Cluster.decode(reader, reader.size(), $undefined, _depth + 1, message.cluster);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.updateReason = value;
                            else
                                delete message.updateReason;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.ackId = value;
                            else
                                delete message.ackId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.devicesThatChanged && message.devicesThatChanged.length))
                                message.devicesThatChanged = [];
                            message.devicesThatChanged.push(reader.stringVerify());
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
             * Decodes a ClusterUpdate message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.connectstate.ClusterUpdate
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.connectstate.ClusterUpdate & spotify.connectstate.ClusterUpdate.$Shape} ClusterUpdate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ClusterUpdate.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ClusterUpdate message.
             * @function verify
             * @memberof spotify.connectstate.ClusterUpdate
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ClusterUpdate.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.cluster != null && $Object.hasOwnProperty.call(message, "cluster")) {
                    let error = $root.spotify.connectstate.Cluster.verify(message.cluster, _depth + 1);
                    if (error)
                        return "cluster." + error;
                }
                if (message.updateReason != null && $Object.hasOwnProperty.call(message, "updateReason"))
                    if (typeof message.updateReason !== "number" || (message.updateReason | 0) !== message.updateReason)
                        return "updateReason: enum value expected";
                if (message.ackId != null && $Object.hasOwnProperty.call(message, "ackId"))
                    if (!$util.isString(message.ackId))
                        return "ackId: string expected";
                if (message.devicesThatChanged != null && $Object.hasOwnProperty.call(message, "devicesThatChanged")) {
                    if (!$Array.isArray(message.devicesThatChanged))
                        return "devicesThatChanged: array expected";
                    for (let i = 0; i < message.devicesThatChanged.length; ++i)
                        if (!$util.isString(message.devicesThatChanged[i]))
                            return "devicesThatChanged: string[] expected";
                }
                return null;
            };

            /**
             * Creates a ClusterUpdate message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.connectstate.ClusterUpdate
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.connectstate.ClusterUpdate} ClusterUpdate
             */
            ClusterUpdate.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.connectstate.ClusterUpdate)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.connectstate.ClusterUpdate: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.spotify.connectstate.ClusterUpdate();
                if (object.cluster != null) {
                    if (!$util.isObject(object.cluster))
                        throw $TypeError(".spotify.connectstate.ClusterUpdate.cluster: object expected");
                    message.cluster = $root.spotify.connectstate.Cluster.fromObject(object.cluster, _depth + 1);
                }
                if (object.updateReason !== 0 && (typeof object.updateReason !== "string" || $root.spotify.connectstate.ClusterUpdateReason[object.updateReason] !== 0))
                    switch (object.updateReason) {
                    case "UNKNOWN_CLUSTER_UPDATE_REASON":
                    case 0:
                        message.updateReason = 0;
                        break;
                    case "DEVICES_DISAPPEARED":
                    case 1:
                        message.updateReason = 1;
                        break;
                    case "DEVICE_STATE_CHANGED":
                    case 2:
                        message.updateReason = 2;
                        break;
                    case "NEW_DEVICE_APPEARED":
                    case 3:
                        message.updateReason = 3;
                        break;
                    case "DEVICE_VOLUME_CHANGED":
                    case 4:
                        message.updateReason = 4;
                        break;
                    case "DEVICE_ALIAS_CHANGED":
                    case 5:
                        message.updateReason = 5;
                        break;
                    case "DEVICE_NEW_CONNECTION":
                    case 6:
                        message.updateReason = 6;
                        break;
                    default:
                        if (typeof object.updateReason === "number" && (object.updateReason | 0) === object.updateReason)
                            message.updateReason = object.updateReason;
                    }
                if (object.ackId != null)
                    if (typeof object.ackId !== "string" || object.ackId.length)
                        message.ackId = $String(object.ackId);
                if (object.devicesThatChanged) {
                    if (!$Array.isArray(object.devicesThatChanged))
                        throw $TypeError(".spotify.connectstate.ClusterUpdate.devicesThatChanged: array expected");
                    message.devicesThatChanged = $Array(object.devicesThatChanged.length);
                    for (let i = 0; i < object.devicesThatChanged.length; ++i)
                        message.devicesThatChanged[i] = $String(object.devicesThatChanged[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a ClusterUpdate message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.connectstate.ClusterUpdate
             * @static
             * @param {spotify.connectstate.ClusterUpdate} message ClusterUpdate
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ClusterUpdate.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.devicesThatChanged = [];
                if (options.defaults) {
                    object.cluster = null;
                    object.updateReason = options.enums === $String ? "UNKNOWN_CLUSTER_UPDATE_REASON" : 0;
                    object.ackId = "";
                }
                if (message.cluster != null && $Object.hasOwnProperty.call(message, "cluster"))
                    object.cluster = $root.spotify.connectstate.Cluster.toObject(message.cluster, options, _depth + 1);
                if (message.updateReason != null && $Object.hasOwnProperty.call(message, "updateReason"))
                    object.updateReason = options.enums === $String ? $root.spotify.connectstate.ClusterUpdateReason[message.updateReason] === $undefined ? message.updateReason : $root.spotify.connectstate.ClusterUpdateReason[message.updateReason] : message.updateReason;
                if (message.ackId != null && $Object.hasOwnProperty.call(message, "ackId"))
                    object.ackId = message.ackId;
                if (message.devicesThatChanged && message.devicesThatChanged.length) {
                    object.devicesThatChanged = $Array(message.devicesThatChanged.length);
                    for (let j = 0; j < message.devicesThatChanged.length; ++j)
                        object.devicesThatChanged[j] = message.devicesThatChanged[j];
                }
                return object;
            };

            /**
             * Converts this ClusterUpdate to JSON.
             * @function toJSON
             * @memberof spotify.connectstate.ClusterUpdate
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ClusterUpdate.prototype.toJSON = function() {
                return ClusterUpdate.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ClusterUpdate
             * @function getTypeUrl
             * @memberof spotify.connectstate.ClusterUpdate
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ClusterUpdate.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.connectstate.ClusterUpdate";
            };

            return ClusterUpdate;
        })();

        connectstate.SetVolumeCommand = (function() {

            /**
             * Properties of a SetVolumeCommand.
             * @typedef {Object} spotify.connectstate.SetVolumeCommand.$Properties
             * @property {number|null} [volume] SetVolumeCommand volume
             * @property {spotify.connectstate.ConnectCommandOptions.$Properties|null} [commandOptions] SetVolumeCommand commandOptions
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SetVolumeCommand.
             * @memberof spotify.connectstate
             * @interface ISetVolumeCommand
             * @augments spotify.connectstate.SetVolumeCommand.$Properties
             * @deprecated Use spotify.connectstate.SetVolumeCommand.$Properties instead.
             */

            /**
             * Shape of a SetVolumeCommand.
             * @typedef {spotify.connectstate.SetVolumeCommand.$Properties} spotify.connectstate.SetVolumeCommand.$Shape
             */

            /**
             * Constructs a new SetVolumeCommand.
             * @memberof spotify.connectstate
             * @classdesc Represents a SetVolumeCommand.
             * @constructor
             * @param {spotify.connectstate.SetVolumeCommand.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SetVolumeCommand = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SetVolumeCommand volume.
             * @member {number} volume
             * @memberof spotify.connectstate.SetVolumeCommand
             * @instance
             */
            SetVolumeCommand.prototype.volume = 0;

            /**
             * SetVolumeCommand commandOptions.
             * @member {spotify.connectstate.ConnectCommandOptions.$Properties|null|undefined} commandOptions
             * @memberof spotify.connectstate.SetVolumeCommand
             * @instance
             */
            SetVolumeCommand.prototype.commandOptions = null;

            /**
             * Creates a new SetVolumeCommand instance using the specified properties.
             * @function create
             * @memberof spotify.connectstate.SetVolumeCommand
             * @static
             * @param {spotify.connectstate.SetVolumeCommand.$Properties=} [properties] Properties to set
             * @returns {spotify.connectstate.SetVolumeCommand} SetVolumeCommand instance
             * @type {{
             *   (properties: spotify.connectstate.SetVolumeCommand.$Shape): spotify.connectstate.SetVolumeCommand & spotify.connectstate.SetVolumeCommand.$Shape;
             *   (properties?: spotify.connectstate.SetVolumeCommand.$Properties): spotify.connectstate.SetVolumeCommand;
             * }}
             */
            SetVolumeCommand.create = function(properties) {
                return new SetVolumeCommand(properties);
            };

            /**
             * Encodes the specified SetVolumeCommand message. Does not implicitly {@link spotify.connectstate.SetVolumeCommand.verify|verify} messages.
             * @function encode
             * @memberof spotify.connectstate.SetVolumeCommand
             * @static
             * @param {spotify.connectstate.SetVolumeCommand.$Properties} message SetVolumeCommand message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SetVolumeCommand.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.volume != null && $Object.hasOwnProperty.call(message, "volume") && message.volume !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.volume);
                if (message.commandOptions != null && $Object.hasOwnProperty.call(message, "commandOptions"))
                    $root.spotify.connectstate.ConnectCommandOptions.encode(message.commandOptions, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified SetVolumeCommand message, length delimited. Does not implicitly {@link spotify.connectstate.SetVolumeCommand.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.connectstate.SetVolumeCommand
             * @static
             * @param {spotify.connectstate.SetVolumeCommand.$Properties} message SetVolumeCommand message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SetVolumeCommand.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SetVolumeCommand message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.connectstate.SetVolumeCommand
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.connectstate.SetVolumeCommand & spotify.connectstate.SetVolumeCommand.$Shape} SetVolumeCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SetVolumeCommand.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.spotify.connectstate.SetVolumeCommand();
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
                                message.volume = value;
                            else
                                delete message.volume;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.commandOptions = $root.spotify.connectstate.ConnectCommandOptions.decode(reader, reader.size(), $undefined, _depth + 1, message.commandOptions);
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
             * Decodes a SetVolumeCommand message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.connectstate.SetVolumeCommand
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.connectstate.SetVolumeCommand & spotify.connectstate.SetVolumeCommand.$Shape} SetVolumeCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SetVolumeCommand.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SetVolumeCommand message.
             * @function verify
             * @memberof spotify.connectstate.SetVolumeCommand
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SetVolumeCommand.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.volume != null && $Object.hasOwnProperty.call(message, "volume"))
                    if (!$util.isInteger(message.volume))
                        return "volume: integer expected";
                if (message.commandOptions != null && $Object.hasOwnProperty.call(message, "commandOptions")) {
                    let error = $root.spotify.connectstate.ConnectCommandOptions.verify(message.commandOptions, _depth + 1);
                    if (error)
                        return "commandOptions." + error;
                }
                return null;
            };

            /**
             * Creates a SetVolumeCommand message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.connectstate.SetVolumeCommand
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.connectstate.SetVolumeCommand} SetVolumeCommand
             */
            SetVolumeCommand.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.connectstate.SetVolumeCommand)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.connectstate.SetVolumeCommand: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.spotify.connectstate.SetVolumeCommand();
                if (object.volume != null)
                    if ($Number(object.volume) !== 0)
                        message.volume = object.volume | 0;
                if (object.commandOptions != null) {
                    if (!$util.isObject(object.commandOptions))
                        throw $TypeError(".spotify.connectstate.SetVolumeCommand.commandOptions: object expected");
                    message.commandOptions = $root.spotify.connectstate.ConnectCommandOptions.fromObject(object.commandOptions, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a SetVolumeCommand message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.connectstate.SetVolumeCommand
             * @static
             * @param {spotify.connectstate.SetVolumeCommand} message SetVolumeCommand
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SetVolumeCommand.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.volume = 0;
                    object.commandOptions = null;
                }
                if (message.volume != null && $Object.hasOwnProperty.call(message, "volume"))
                    object.volume = message.volume;
                if (message.commandOptions != null && $Object.hasOwnProperty.call(message, "commandOptions"))
                    object.commandOptions = $root.spotify.connectstate.ConnectCommandOptions.toObject(message.commandOptions, options, _depth + 1);
                return object;
            };

            /**
             * Converts this SetVolumeCommand to JSON.
             * @function toJSON
             * @memberof spotify.connectstate.SetVolumeCommand
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SetVolumeCommand.prototype.toJSON = function() {
                return SetVolumeCommand.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SetVolumeCommand
             * @function getTypeUrl
             * @memberof spotify.connectstate.SetVolumeCommand
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SetVolumeCommand.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.connectstate.SetVolumeCommand";
            };

            return SetVolumeCommand;
        })();

        connectstate.ConnectCommandOptions = (function() {

            /**
             * Properties of a ConnectCommandOptions.
             * @typedef {Object} spotify.connectstate.ConnectCommandOptions.$Properties
             * @property {number|null} [messageId] ConnectCommandOptions messageId
             * @property {number|null} [targetAliasId] ConnectCommandOptions targetAliasId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ConnectCommandOptions.
             * @memberof spotify.connectstate
             * @interface IConnectCommandOptions
             * @augments spotify.connectstate.ConnectCommandOptions.$Properties
             * @deprecated Use spotify.connectstate.ConnectCommandOptions.$Properties instead.
             */

            /**
             * Shape of a ConnectCommandOptions.
             * @typedef {spotify.connectstate.ConnectCommandOptions.$Properties} spotify.connectstate.ConnectCommandOptions.$Shape
             */

            /**
             * Constructs a new ConnectCommandOptions.
             * @memberof spotify.connectstate
             * @classdesc Represents a ConnectCommandOptions.
             * @constructor
             * @param {spotify.connectstate.ConnectCommandOptions.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ConnectCommandOptions = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ConnectCommandOptions messageId.
             * @member {number} messageId
             * @memberof spotify.connectstate.ConnectCommandOptions
             * @instance
             */
            ConnectCommandOptions.prototype.messageId = 0;

            /**
             * ConnectCommandOptions targetAliasId.
             * @member {number} targetAliasId
             * @memberof spotify.connectstate.ConnectCommandOptions
             * @instance
             */
            ConnectCommandOptions.prototype.targetAliasId = 0;

            /**
             * Creates a new ConnectCommandOptions instance using the specified properties.
             * @function create
             * @memberof spotify.connectstate.ConnectCommandOptions
             * @static
             * @param {spotify.connectstate.ConnectCommandOptions.$Properties=} [properties] Properties to set
             * @returns {spotify.connectstate.ConnectCommandOptions} ConnectCommandOptions instance
             * @type {{
             *   (properties: spotify.connectstate.ConnectCommandOptions.$Shape): spotify.connectstate.ConnectCommandOptions & spotify.connectstate.ConnectCommandOptions.$Shape;
             *   (properties?: spotify.connectstate.ConnectCommandOptions.$Properties): spotify.connectstate.ConnectCommandOptions;
             * }}
             */
            ConnectCommandOptions.create = function(properties) {
                return new ConnectCommandOptions(properties);
            };

            /**
             * Encodes the specified ConnectCommandOptions message. Does not implicitly {@link spotify.connectstate.ConnectCommandOptions.verify|verify} messages.
             * @function encode
             * @memberof spotify.connectstate.ConnectCommandOptions
             * @static
             * @param {spotify.connectstate.ConnectCommandOptions.$Properties} message ConnectCommandOptions message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConnectCommandOptions.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && message.messageId !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.messageId);
                if (message.targetAliasId != null && $Object.hasOwnProperty.call(message, "targetAliasId") && message.targetAliasId !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.targetAliasId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ConnectCommandOptions message, length delimited. Does not implicitly {@link spotify.connectstate.ConnectCommandOptions.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.connectstate.ConnectCommandOptions
             * @static
             * @param {spotify.connectstate.ConnectCommandOptions.$Properties} message ConnectCommandOptions message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConnectCommandOptions.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ConnectCommandOptions message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.connectstate.ConnectCommandOptions
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.connectstate.ConnectCommandOptions & spotify.connectstate.ConnectCommandOptions.$Shape} ConnectCommandOptions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConnectCommandOptions.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.spotify.connectstate.ConnectCommandOptions();
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
                                message.messageId = value;
                            else
                                delete message.messageId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.targetAliasId = value;
                            else
                                delete message.targetAliasId;
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
             * Decodes a ConnectCommandOptions message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.connectstate.ConnectCommandOptions
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.connectstate.ConnectCommandOptions & spotify.connectstate.ConnectCommandOptions.$Shape} ConnectCommandOptions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConnectCommandOptions.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ConnectCommandOptions message.
             * @function verify
             * @memberof spotify.connectstate.ConnectCommandOptions
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ConnectCommandOptions.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    if (!$util.isInteger(message.messageId))
                        return "messageId: integer expected";
                if (message.targetAliasId != null && $Object.hasOwnProperty.call(message, "targetAliasId"))
                    if (!$util.isInteger(message.targetAliasId))
                        return "targetAliasId: integer expected";
                return null;
            };

            /**
             * Creates a ConnectCommandOptions message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.connectstate.ConnectCommandOptions
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.connectstate.ConnectCommandOptions} ConnectCommandOptions
             */
            ConnectCommandOptions.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.connectstate.ConnectCommandOptions)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.connectstate.ConnectCommandOptions: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.spotify.connectstate.ConnectCommandOptions();
                if (object.messageId != null)
                    if ($Number(object.messageId) !== 0)
                        message.messageId = object.messageId | 0;
                if (object.targetAliasId != null)
                    if ($Number(object.targetAliasId) !== 0)
                        message.targetAliasId = object.targetAliasId >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a ConnectCommandOptions message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.connectstate.ConnectCommandOptions
             * @static
             * @param {spotify.connectstate.ConnectCommandOptions} message ConnectCommandOptions
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ConnectCommandOptions.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.messageId = 0;
                    object.targetAliasId = 0;
                }
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    object.messageId = message.messageId;
                if (message.targetAliasId != null && $Object.hasOwnProperty.call(message, "targetAliasId"))
                    object.targetAliasId = message.targetAliasId;
                return object;
            };

            /**
             * Converts this ConnectCommandOptions to JSON.
             * @function toJSON
             * @memberof spotify.connectstate.ConnectCommandOptions
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ConnectCommandOptions.prototype.toJSON = function() {
                return ConnectCommandOptions.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ConnectCommandOptions
             * @function getTypeUrl
             * @memberof spotify.connectstate.ConnectCommandOptions
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ConnectCommandOptions.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.connectstate.ConnectCommandOptions";
            };

            return ConnectCommandOptions;
        })();

        connectstate.LogoutCommand = (function() {

            /**
             * Properties of a LogoutCommand.
             * @typedef {Object} spotify.connectstate.LogoutCommand.$Properties
             * @property {spotify.connectstate.ConnectCommandOptions.$Properties|null} [commandOptions] LogoutCommand commandOptions
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LogoutCommand.
             * @memberof spotify.connectstate
             * @interface ILogoutCommand
             * @augments spotify.connectstate.LogoutCommand.$Properties
             * @deprecated Use spotify.connectstate.LogoutCommand.$Properties instead.
             */

            /**
             * Shape of a LogoutCommand.
             * @typedef {spotify.connectstate.LogoutCommand.$Properties} spotify.connectstate.LogoutCommand.$Shape
             */

            /**
             * Constructs a new LogoutCommand.
             * @memberof spotify.connectstate
             * @classdesc Represents a LogoutCommand.
             * @constructor
             * @param {spotify.connectstate.LogoutCommand.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LogoutCommand = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LogoutCommand commandOptions.
             * @member {spotify.connectstate.ConnectCommandOptions.$Properties|null|undefined} commandOptions
             * @memberof spotify.connectstate.LogoutCommand
             * @instance
             */
            LogoutCommand.prototype.commandOptions = null;

            /**
             * Creates a new LogoutCommand instance using the specified properties.
             * @function create
             * @memberof spotify.connectstate.LogoutCommand
             * @static
             * @param {spotify.connectstate.LogoutCommand.$Properties=} [properties] Properties to set
             * @returns {spotify.connectstate.LogoutCommand} LogoutCommand instance
             * @type {{
             *   (properties: spotify.connectstate.LogoutCommand.$Shape): spotify.connectstate.LogoutCommand & spotify.connectstate.LogoutCommand.$Shape;
             *   (properties?: spotify.connectstate.LogoutCommand.$Properties): spotify.connectstate.LogoutCommand;
             * }}
             */
            LogoutCommand.create = function(properties) {
                return new LogoutCommand(properties);
            };

            /**
             * Encodes the specified LogoutCommand message. Does not implicitly {@link spotify.connectstate.LogoutCommand.verify|verify} messages.
             * @function encode
             * @memberof spotify.connectstate.LogoutCommand
             * @static
             * @param {spotify.connectstate.LogoutCommand.$Properties} message LogoutCommand message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LogoutCommand.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.commandOptions != null && $Object.hasOwnProperty.call(message, "commandOptions"))
                    $root.spotify.connectstate.ConnectCommandOptions.encode(message.commandOptions, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified LogoutCommand message, length delimited. Does not implicitly {@link spotify.connectstate.LogoutCommand.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.connectstate.LogoutCommand
             * @static
             * @param {spotify.connectstate.LogoutCommand.$Properties} message LogoutCommand message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LogoutCommand.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a LogoutCommand message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.connectstate.LogoutCommand
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.connectstate.LogoutCommand & spotify.connectstate.LogoutCommand.$Shape} LogoutCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LogoutCommand.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.spotify.connectstate.LogoutCommand();
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
                            message.commandOptions = $root.spotify.connectstate.ConnectCommandOptions.decode(reader, reader.size(), $undefined, _depth + 1, message.commandOptions);
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
             * Decodes a LogoutCommand message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.connectstate.LogoutCommand
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.connectstate.LogoutCommand & spotify.connectstate.LogoutCommand.$Shape} LogoutCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LogoutCommand.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a LogoutCommand message.
             * @function verify
             * @memberof spotify.connectstate.LogoutCommand
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            LogoutCommand.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.commandOptions != null && $Object.hasOwnProperty.call(message, "commandOptions")) {
                    let error = $root.spotify.connectstate.ConnectCommandOptions.verify(message.commandOptions, _depth + 1);
                    if (error)
                        return "commandOptions." + error;
                }
                return null;
            };

            /**
             * Creates a LogoutCommand message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.connectstate.LogoutCommand
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.connectstate.LogoutCommand} LogoutCommand
             */
            LogoutCommand.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.connectstate.LogoutCommand)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.connectstate.LogoutCommand: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.spotify.connectstate.LogoutCommand();
                if (object.commandOptions != null) {
                    if (!$util.isObject(object.commandOptions))
                        throw $TypeError(".spotify.connectstate.LogoutCommand.commandOptions: object expected");
                    message.commandOptions = $root.spotify.connectstate.ConnectCommandOptions.fromObject(object.commandOptions, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a LogoutCommand message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.connectstate.LogoutCommand
             * @static
             * @param {spotify.connectstate.LogoutCommand} message LogoutCommand
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LogoutCommand.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.commandOptions = null;
                if (message.commandOptions != null && $Object.hasOwnProperty.call(message, "commandOptions"))
                    object.commandOptions = $root.spotify.connectstate.ConnectCommandOptions.toObject(message.commandOptions, options, _depth + 1);
                return object;
            };

            /**
             * Converts this LogoutCommand to JSON.
             * @function toJSON
             * @memberof spotify.connectstate.LogoutCommand
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LogoutCommand.prototype.toJSON = function() {
                return LogoutCommand.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for LogoutCommand
             * @function getTypeUrl
             * @memberof spotify.connectstate.LogoutCommand
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LogoutCommand.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.connectstate.LogoutCommand";
            };

            return LogoutCommand;
        })();

        connectstate.ContextTrack = (function() {

            /**
             * Properties of a ContextTrack.
             * @typedef {Object} spotify.connectstate.ContextTrack.$Properties
             * @property {string|null} [uri] ContextTrack uri
             * @property {string|null} [uid] ContextTrack uid
             * @property {Uint8Array|null} [gid] ContextTrack gid
             * @property {Object.<string,string>|null} [metadata] ContextTrack metadata
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ContextTrack.
             * @memberof spotify.connectstate
             * @interface IContextTrack
             * @augments spotify.connectstate.ContextTrack.$Properties
             * @deprecated Use spotify.connectstate.ContextTrack.$Properties instead.
             */

            /**
             * Shape of a ContextTrack.
             * @typedef {spotify.connectstate.ContextTrack.$Properties} spotify.connectstate.ContextTrack.$Shape
             */

            /**
             * Constructs a new ContextTrack.
             * @memberof spotify.connectstate
             * @classdesc Represents a ContextTrack.
             * @constructor
             * @param {spotify.connectstate.ContextTrack.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ContextTrack = function (properties) {
                this.metadata = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ContextTrack uri.
             * @member {string} uri
             * @memberof spotify.connectstate.ContextTrack
             * @instance
             */
            ContextTrack.prototype.uri = "";

            /**
             * ContextTrack uid.
             * @member {string} uid
             * @memberof spotify.connectstate.ContextTrack
             * @instance
             */
            ContextTrack.prototype.uid = "";

            /**
             * ContextTrack gid.
             * @member {Uint8Array} gid
             * @memberof spotify.connectstate.ContextTrack
             * @instance
             */
            ContextTrack.prototype.gid = $util.newBuffer([]);

            /**
             * ContextTrack metadata.
             * @member {Object.<string,string>} metadata
             * @memberof spotify.connectstate.ContextTrack
             * @instance
             */
            ContextTrack.prototype.metadata = $util.emptyObject;

            /**
             * Creates a new ContextTrack instance using the specified properties.
             * @function create
             * @memberof spotify.connectstate.ContextTrack
             * @static
             * @param {spotify.connectstate.ContextTrack.$Properties=} [properties] Properties to set
             * @returns {spotify.connectstate.ContextTrack} ContextTrack instance
             * @type {{
             *   (properties: spotify.connectstate.ContextTrack.$Shape): spotify.connectstate.ContextTrack & spotify.connectstate.ContextTrack.$Shape;
             *   (properties?: spotify.connectstate.ContextTrack.$Properties): spotify.connectstate.ContextTrack;
             * }}
             */
            ContextTrack.create = function(properties) {
                return new ContextTrack(properties);
            };

            /**
             * Encodes the specified ContextTrack message. Does not implicitly {@link spotify.connectstate.ContextTrack.verify|verify} messages.
             * @function encode
             * @memberof spotify.connectstate.ContextTrack
             * @static
             * @param {spotify.connectstate.ContextTrack.$Properties} message ContextTrack message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ContextTrack.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.uri != null && $Object.hasOwnProperty.call(message, "uri") && message.uri !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.uri);
                if (message.uid != null && $Object.hasOwnProperty.call(message, "uid") && message.uid !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.uid);
                if (message.gid != null && $Object.hasOwnProperty.call(message, "gid") && message.gid.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.gid);
                if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata"))
                    for (let keys = $Object.keys(message.metadata), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.metadata[keys[i]]).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ContextTrack message, length delimited. Does not implicitly {@link spotify.connectstate.ContextTrack.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.connectstate.ContextTrack
             * @static
             * @param {spotify.connectstate.ContextTrack.$Properties} message ContextTrack message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ContextTrack.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ContextTrack message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.connectstate.ContextTrack
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.connectstate.ContextTrack & spotify.connectstate.ContextTrack.$Shape} ContextTrack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ContextTrack.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.spotify.connectstate.ContextTrack();
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
                                message.uri = value;
                            else
                                delete message.uri;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.uid = value;
                            else
                                delete message.uid;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.gid = value;
                            else
                                delete message.gid;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (message.metadata === $util.emptyObject)
                                message.metadata = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.metadata, key);
                            message.metadata[key] = value;
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
             * Decodes a ContextTrack message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.connectstate.ContextTrack
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.connectstate.ContextTrack & spotify.connectstate.ContextTrack.$Shape} ContextTrack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ContextTrack.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ContextTrack message.
             * @function verify
             * @memberof spotify.connectstate.ContextTrack
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ContextTrack.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.uri != null && $Object.hasOwnProperty.call(message, "uri"))
                    if (!$util.isString(message.uri))
                        return "uri: string expected";
                if (message.uid != null && $Object.hasOwnProperty.call(message, "uid"))
                    if (!$util.isString(message.uid))
                        return "uid: string expected";
                if (message.gid != null && $Object.hasOwnProperty.call(message, "gid"))
                    if (!(message.gid && typeof message.gid.length === "number" || $util.isString(message.gid)))
                        return "gid: buffer expected";
                if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata")) {
                    if (!$util.isObject(message.metadata))
                        return "metadata: object expected";
                    let key = $Object.keys(message.metadata);
                    for (let i = 0; i < key.length; ++i)
                        if (!$util.isString(message.metadata[key[i]]))
                            return "metadata: string{k:string} expected";
                }
                return null;
            };

            /**
             * Creates a ContextTrack message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.connectstate.ContextTrack
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.connectstate.ContextTrack} ContextTrack
             */
            ContextTrack.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.connectstate.ContextTrack)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.connectstate.ContextTrack: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.spotify.connectstate.ContextTrack();
                if (object.uri != null)
                    if (typeof object.uri !== "string" || object.uri.length)
                        message.uri = $String(object.uri);
                if (object.uid != null)
                    if (typeof object.uid !== "string" || object.uid.length)
                        message.uid = $String(object.uid);
                if (object.gid != null)
                    if (object.gid.length)
                        if (typeof object.gid === "string")
                            $util.base64.decode(object.gid, message.gid = $util.newBuffer($util.base64.length(object.gid)), 0);
                        else if (object.gid.length >= 0)
                            message.gid = object.gid;
                if (object.metadata) {
                    if (!$util.isObject(object.metadata))
                        throw $TypeError(".spotify.connectstate.ContextTrack.metadata: object expected");
                    message.metadata = {};
                    for (let keys = $Object.keys(object.metadata), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.metadata, keys[i]);
                        message.metadata[keys[i]] = $String(object.metadata[keys[i]]);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a ContextTrack message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.connectstate.ContextTrack
             * @static
             * @param {spotify.connectstate.ContextTrack} message ContextTrack
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ContextTrack.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.objects || options.defaults)
                    object.metadata = {};
                if (options.defaults) {
                    object.uri = "";
                    object.uid = "";
                    if (options.bytes === $String)
                        object.gid = "";
                    else {
                        object.gid = [];
                        if (options.bytes !== $Array)
                            object.gid = $util.newBuffer(object.gid);
                    }
                }
                if (message.uri != null && $Object.hasOwnProperty.call(message, "uri"))
                    object.uri = message.uri;
                if (message.uid != null && $Object.hasOwnProperty.call(message, "uid"))
                    object.uid = message.uid;
                if (message.gid != null && $Object.hasOwnProperty.call(message, "gid"))
                    object.gid = options.bytes === $String ? $util.base64.encode(message.gid, 0, message.gid.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.gid) : message.gid;
                let keys2;
                if (message.metadata && (keys2 = $Object.keys(message.metadata)).length) {
                    object.metadata = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.metadata, keys2[j]);
                        object.metadata[keys2[j]] = message.metadata[keys2[j]];
                    }
                }
                return object;
            };

            /**
             * Converts this ContextTrack to JSON.
             * @function toJSON
             * @memberof spotify.connectstate.ContextTrack
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ContextTrack.prototype.toJSON = function() {
                return ContextTrack.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ContextTrack
             * @function getTypeUrl
             * @memberof spotify.connectstate.ContextTrack
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ContextTrack.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.connectstate.ContextTrack";
            };

            return ContextTrack;
        })();

        connectstate.ContextPage = (function() {

            /**
             * Properties of a ContextPage.
             * @typedef {Object} spotify.connectstate.ContextPage.$Properties
             * @property {string|null} [pageUrl] ContextPage pageUrl
             * @property {string|null} [nextPageUrl] ContextPage nextPageUrl
             * @property {Object.<string,string>|null} [metadata] ContextPage metadata
             * @property {Array.<spotify.connectstate.ContextTrack.$Properties>|null} [tracks] ContextPage tracks
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ContextPage.
             * @memberof spotify.connectstate
             * @interface IContextPage
             * @augments spotify.connectstate.ContextPage.$Properties
             * @deprecated Use spotify.connectstate.ContextPage.$Properties instead.
             */

            /**
             * Shape of a ContextPage.
             * @typedef {spotify.connectstate.ContextPage.$Properties} spotify.connectstate.ContextPage.$Shape
             */

            /**
             * Constructs a new ContextPage.
             * @memberof spotify.connectstate
             * @classdesc Represents a ContextPage.
             * @constructor
             * @param {spotify.connectstate.ContextPage.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ContextPage = function (properties) {
                this.metadata = {};
                this.tracks = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ContextPage pageUrl.
             * @member {string} pageUrl
             * @memberof spotify.connectstate.ContextPage
             * @instance
             */
            ContextPage.prototype.pageUrl = "";

            /**
             * ContextPage nextPageUrl.
             * @member {string} nextPageUrl
             * @memberof spotify.connectstate.ContextPage
             * @instance
             */
            ContextPage.prototype.nextPageUrl = "";

            /**
             * ContextPage metadata.
             * @member {Object.<string,string>} metadata
             * @memberof spotify.connectstate.ContextPage
             * @instance
             */
            ContextPage.prototype.metadata = $util.emptyObject;

            /**
             * ContextPage tracks.
             * @member {Array.<spotify.connectstate.ContextTrack.$Properties>} tracks
             * @memberof spotify.connectstate.ContextPage
             * @instance
             */
            ContextPage.prototype.tracks = $util.emptyArray;

            /**
             * Creates a new ContextPage instance using the specified properties.
             * @function create
             * @memberof spotify.connectstate.ContextPage
             * @static
             * @param {spotify.connectstate.ContextPage.$Properties=} [properties] Properties to set
             * @returns {spotify.connectstate.ContextPage} ContextPage instance
             * @type {{
             *   (properties: spotify.connectstate.ContextPage.$Shape): spotify.connectstate.ContextPage & spotify.connectstate.ContextPage.$Shape;
             *   (properties?: spotify.connectstate.ContextPage.$Properties): spotify.connectstate.ContextPage;
             * }}
             */
            ContextPage.create = function(properties) {
                return new ContextPage(properties);
            };

            /**
             * Encodes the specified ContextPage message. Does not implicitly {@link spotify.connectstate.ContextPage.verify|verify} messages.
             * @function encode
             * @memberof spotify.connectstate.ContextPage
             * @static
             * @param {spotify.connectstate.ContextPage.$Properties} message ContextPage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ContextPage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.pageUrl != null && $Object.hasOwnProperty.call(message, "pageUrl") && message.pageUrl !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.pageUrl);
                if (message.nextPageUrl != null && $Object.hasOwnProperty.call(message, "nextPageUrl") && message.nextPageUrl !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.nextPageUrl);
                if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata"))
                    for (let keys = $Object.keys(message.metadata), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.metadata[keys[i]]).ldelim();
                if (message.tracks != null && message.tracks.length)
                    for (let i = 0; i < message.tracks.length; ++i)
                        $root.spotify.connectstate.ContextTrack.encode(message.tracks[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ContextPage message, length delimited. Does not implicitly {@link spotify.connectstate.ContextPage.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.connectstate.ContextPage
             * @static
             * @param {spotify.connectstate.ContextPage.$Properties} message ContextPage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ContextPage.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ContextPage message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.connectstate.ContextPage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.connectstate.ContextPage & spotify.connectstate.ContextPage.$Shape} ContextPage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ContextPage.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.spotify.connectstate.ContextPage();
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
                                message.pageUrl = value;
                            else
                                delete message.pageUrl;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.nextPageUrl = value;
                            else
                                delete message.nextPageUrl;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (message.metadata === $util.emptyObject)
                                message.metadata = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.metadata, key);
                            message.metadata[key] = value;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.tracks && message.tracks.length))
                                message.tracks = [];
                            message.tracks.push($root.spotify.connectstate.ContextTrack.decode(reader, reader.size(), $undefined, _depth + 1));
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
             * Decodes a ContextPage message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.connectstate.ContextPage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.connectstate.ContextPage & spotify.connectstate.ContextPage.$Shape} ContextPage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ContextPage.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ContextPage message.
             * @function verify
             * @memberof spotify.connectstate.ContextPage
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ContextPage.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.pageUrl != null && $Object.hasOwnProperty.call(message, "pageUrl"))
                    if (!$util.isString(message.pageUrl))
                        return "pageUrl: string expected";
                if (message.nextPageUrl != null && $Object.hasOwnProperty.call(message, "nextPageUrl"))
                    if (!$util.isString(message.nextPageUrl))
                        return "nextPageUrl: string expected";
                if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata")) {
                    if (!$util.isObject(message.metadata))
                        return "metadata: object expected";
                    let key = $Object.keys(message.metadata);
                    for (let i = 0; i < key.length; ++i)
                        if (!$util.isString(message.metadata[key[i]]))
                            return "metadata: string{k:string} expected";
                }
                if (message.tracks != null && $Object.hasOwnProperty.call(message, "tracks")) {
                    if (!$Array.isArray(message.tracks))
                        return "tracks: array expected";
                    for (let i = 0; i < message.tracks.length; ++i) {
                        let error = $root.spotify.connectstate.ContextTrack.verify(message.tracks[i], _depth + 1);
                        if (error)
                            return "tracks." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a ContextPage message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.connectstate.ContextPage
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.connectstate.ContextPage} ContextPage
             */
            ContextPage.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.connectstate.ContextPage)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.connectstate.ContextPage: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.spotify.connectstate.ContextPage();
                if (object.pageUrl != null)
                    if (typeof object.pageUrl !== "string" || object.pageUrl.length)
                        message.pageUrl = $String(object.pageUrl);
                if (object.nextPageUrl != null)
                    if (typeof object.nextPageUrl !== "string" || object.nextPageUrl.length)
                        message.nextPageUrl = $String(object.nextPageUrl);
                if (object.metadata) {
                    if (!$util.isObject(object.metadata))
                        throw $TypeError(".spotify.connectstate.ContextPage.metadata: object expected");
                    message.metadata = {};
                    for (let keys = $Object.keys(object.metadata), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.metadata, keys[i]);
                        message.metadata[keys[i]] = $String(object.metadata[keys[i]]);
                    }
                }
                if (object.tracks) {
                    if (!$Array.isArray(object.tracks))
                        throw $TypeError(".spotify.connectstate.ContextPage.tracks: array expected");
                    message.tracks = $Array(object.tracks.length);
                    for (let i = 0; i < object.tracks.length; ++i) {
                        if (!$util.isObject(object.tracks[i]))
                            throw $TypeError(".spotify.connectstate.ContextPage.tracks: object expected");
                        message.tracks[i] = $root.spotify.connectstate.ContextTrack.fromObject(object.tracks[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a ContextPage message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.connectstate.ContextPage
             * @static
             * @param {spotify.connectstate.ContextPage} message ContextPage
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ContextPage.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.tracks = [];
                if (options.objects || options.defaults)
                    object.metadata = {};
                if (options.defaults) {
                    object.pageUrl = "";
                    object.nextPageUrl = "";
                }
                if (message.pageUrl != null && $Object.hasOwnProperty.call(message, "pageUrl"))
                    object.pageUrl = message.pageUrl;
                if (message.nextPageUrl != null && $Object.hasOwnProperty.call(message, "nextPageUrl"))
                    object.nextPageUrl = message.nextPageUrl;
                let keys2;
                if (message.metadata && (keys2 = $Object.keys(message.metadata)).length) {
                    object.metadata = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.metadata, keys2[j]);
                        object.metadata[keys2[j]] = message.metadata[keys2[j]];
                    }
                }
                if (message.tracks && message.tracks.length) {
                    object.tracks = $Array(message.tracks.length);
                    for (let j = 0; j < message.tracks.length; ++j)
                        object.tracks[j] = $root.spotify.connectstate.ContextTrack.toObject(message.tracks[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this ContextPage to JSON.
             * @function toJSON
             * @memberof spotify.connectstate.ContextPage
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ContextPage.prototype.toJSON = function() {
                return ContextPage.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ContextPage
             * @function getTypeUrl
             * @memberof spotify.connectstate.ContextPage
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ContextPage.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.connectstate.ContextPage";
            };

            return ContextPage;
        })();

        connectstate.Context = (function() {

            /**
             * Properties of a Context.
             * @typedef {Object} spotify.connectstate.Context.$Properties
             * @property {string|null} [uri] Context uri
             * @property {string|null} [url] Context url
             * @property {Object.<string,string>|null} [metadata] Context metadata
             * @property {spotify.connectstate.Restrictions.$Properties|null} [restrictions] Context restrictions
             * @property {Array.<spotify.connectstate.ContextPage.$Properties>|null} [pages] Context pages
             * @property {boolean|null} [loading] Context loading
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Context.
             * @memberof spotify.connectstate
             * @interface IContext
             * @augments spotify.connectstate.Context.$Properties
             * @deprecated Use spotify.connectstate.Context.$Properties instead.
             */

            /**
             * Shape of a Context.
             * @typedef {spotify.connectstate.Context.$Properties} spotify.connectstate.Context.$Shape
             */

            /**
             * Constructs a new Context.
             * @memberof spotify.connectstate
             * @classdesc Represents a Context.
             * @constructor
             * @param {spotify.connectstate.Context.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Context = function (properties) {
                this.metadata = {};
                this.pages = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Context uri.
             * @member {string} uri
             * @memberof spotify.connectstate.Context
             * @instance
             */
            Context.prototype.uri = "";

            /**
             * Context url.
             * @member {string} url
             * @memberof spotify.connectstate.Context
             * @instance
             */
            Context.prototype.url = "";

            /**
             * Context metadata.
             * @member {Object.<string,string>} metadata
             * @memberof spotify.connectstate.Context
             * @instance
             */
            Context.prototype.metadata = $util.emptyObject;

            /**
             * Context restrictions.
             * @member {spotify.connectstate.Restrictions.$Properties|null|undefined} restrictions
             * @memberof spotify.connectstate.Context
             * @instance
             */
            Context.prototype.restrictions = null;

            /**
             * Context pages.
             * @member {Array.<spotify.connectstate.ContextPage.$Properties>} pages
             * @memberof spotify.connectstate.Context
             * @instance
             */
            Context.prototype.pages = $util.emptyArray;

            /**
             * Context loading.
             * @member {boolean} loading
             * @memberof spotify.connectstate.Context
             * @instance
             */
            Context.prototype.loading = false;

            /**
             * Creates a new Context instance using the specified properties.
             * @function create
             * @memberof spotify.connectstate.Context
             * @static
             * @param {spotify.connectstate.Context.$Properties=} [properties] Properties to set
             * @returns {spotify.connectstate.Context} Context instance
             * @type {{
             *   (properties: spotify.connectstate.Context.$Shape): spotify.connectstate.Context & spotify.connectstate.Context.$Shape;
             *   (properties?: spotify.connectstate.Context.$Properties): spotify.connectstate.Context;
             * }}
             */
            Context.create = function(properties) {
                return new Context(properties);
            };

            /**
             * Encodes the specified Context message. Does not implicitly {@link spotify.connectstate.Context.verify|verify} messages.
             * @function encode
             * @memberof spotify.connectstate.Context
             * @static
             * @param {spotify.connectstate.Context.$Properties} message Context message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Context.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.uri != null && $Object.hasOwnProperty.call(message, "uri") && message.uri !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.uri);
                if (message.url != null && $Object.hasOwnProperty.call(message, "url") && message.url !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.url);
                if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata"))
                    for (let keys = $Object.keys(message.metadata), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.metadata[keys[i]]).ldelim();
                if (message.restrictions != null && $Object.hasOwnProperty.call(message, "restrictions"))
                    $root.spotify.connectstate.Restrictions.encode(message.restrictions, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.pages != null && message.pages.length)
                    for (let i = 0; i < message.pages.length; ++i)
                        $root.spotify.connectstate.ContextPage.encode(message.pages[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.loading != null && $Object.hasOwnProperty.call(message, "loading") && message.loading !== false)
                    writer.uint32(/* id 6, wireType 0 =*/48).bool(message.loading);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Context message, length delimited. Does not implicitly {@link spotify.connectstate.Context.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.connectstate.Context
             * @static
             * @param {spotify.connectstate.Context.$Properties} message Context message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Context.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Context message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.connectstate.Context
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.connectstate.Context & spotify.connectstate.Context.$Shape} Context
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Context.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.spotify.connectstate.Context();
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
                                message.uri = value;
                            else
                                delete message.uri;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.url = value;
                            else
                                delete message.url;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (message.metadata === $util.emptyObject)
                                message.metadata = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.metadata, key);
                            message.metadata[key] = value;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.restrictions = $root.spotify.connectstate.Restrictions.decode(reader, reader.size(), $undefined, _depth + 1, message.restrictions);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.pages && message.pages.length))
                                message.pages = [];
                            message.pages.push($root.spotify.connectstate.ContextPage.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.loading = value;
                            else
                                delete message.loading;
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
             * Decodes a Context message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.connectstate.Context
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.connectstate.Context & spotify.connectstate.Context.$Shape} Context
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Context.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Context message.
             * @function verify
             * @memberof spotify.connectstate.Context
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Context.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.uri != null && $Object.hasOwnProperty.call(message, "uri"))
                    if (!$util.isString(message.uri))
                        return "uri: string expected";
                if (message.url != null && $Object.hasOwnProperty.call(message, "url"))
                    if (!$util.isString(message.url))
                        return "url: string expected";
                if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata")) {
                    if (!$util.isObject(message.metadata))
                        return "metadata: object expected";
                    let key = $Object.keys(message.metadata);
                    for (let i = 0; i < key.length; ++i)
                        if (!$util.isString(message.metadata[key[i]]))
                            return "metadata: string{k:string} expected";
                }
                if (message.restrictions != null && $Object.hasOwnProperty.call(message, "restrictions")) {
                    let error = $root.spotify.connectstate.Restrictions.verify(message.restrictions, _depth + 1);
                    if (error)
                        return "restrictions." + error;
                }
                if (message.pages != null && $Object.hasOwnProperty.call(message, "pages")) {
                    if (!$Array.isArray(message.pages))
                        return "pages: array expected";
                    for (let i = 0; i < message.pages.length; ++i) {
                        let error = $root.spotify.connectstate.ContextPage.verify(message.pages[i], _depth + 1);
                        if (error)
                            return "pages." + error;
                    }
                }
                if (message.loading != null && $Object.hasOwnProperty.call(message, "loading"))
                    if (typeof message.loading !== "boolean")
                        return "loading: boolean expected";
                return null;
            };

            /**
             * Creates a Context message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.connectstate.Context
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.connectstate.Context} Context
             */
            Context.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.connectstate.Context)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.connectstate.Context: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.spotify.connectstate.Context();
                if (object.uri != null)
                    if (typeof object.uri !== "string" || object.uri.length)
                        message.uri = $String(object.uri);
                if (object.url != null)
                    if (typeof object.url !== "string" || object.url.length)
                        message.url = $String(object.url);
                if (object.metadata) {
                    if (!$util.isObject(object.metadata))
                        throw $TypeError(".spotify.connectstate.Context.metadata: object expected");
                    message.metadata = {};
                    for (let keys = $Object.keys(object.metadata), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.metadata, keys[i]);
                        message.metadata[keys[i]] = $String(object.metadata[keys[i]]);
                    }
                }
                if (object.restrictions != null) {
                    if (!$util.isObject(object.restrictions))
                        throw $TypeError(".spotify.connectstate.Context.restrictions: object expected");
                    message.restrictions = $root.spotify.connectstate.Restrictions.fromObject(object.restrictions, _depth + 1);
                }
                if (object.pages) {
                    if (!$Array.isArray(object.pages))
                        throw $TypeError(".spotify.connectstate.Context.pages: array expected");
                    message.pages = $Array(object.pages.length);
                    for (let i = 0; i < object.pages.length; ++i) {
                        if (!$util.isObject(object.pages[i]))
                            throw $TypeError(".spotify.connectstate.Context.pages: object expected");
                        message.pages[i] = $root.spotify.connectstate.ContextPage.fromObject(object.pages[i], _depth + 1);
                    }
                }
                if (object.loading != null)
                    if (object.loading)
                        message.loading = $Boolean(object.loading);
                return message;
            };

            /**
             * Creates a plain object from a Context message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.connectstate.Context
             * @static
             * @param {spotify.connectstate.Context} message Context
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Context.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.pages = [];
                if (options.objects || options.defaults)
                    object.metadata = {};
                if (options.defaults) {
                    object.uri = "";
                    object.url = "";
                    object.restrictions = null;
                    object.loading = false;
                }
                if (message.uri != null && $Object.hasOwnProperty.call(message, "uri"))
                    object.uri = message.uri;
                if (message.url != null && $Object.hasOwnProperty.call(message, "url"))
                    object.url = message.url;
                let keys2;
                if (message.metadata && (keys2 = $Object.keys(message.metadata)).length) {
                    object.metadata = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.metadata, keys2[j]);
                        object.metadata[keys2[j]] = message.metadata[keys2[j]];
                    }
                }
                if (message.restrictions != null && $Object.hasOwnProperty.call(message, "restrictions"))
                    object.restrictions = $root.spotify.connectstate.Restrictions.toObject(message.restrictions, options, _depth + 1);
                if (message.pages && message.pages.length) {
                    object.pages = $Array(message.pages.length);
                    for (let j = 0; j < message.pages.length; ++j)
                        object.pages[j] = $root.spotify.connectstate.ContextPage.toObject(message.pages[j], options, _depth + 1);
                }
                if (message.loading != null && $Object.hasOwnProperty.call(message, "loading"))
                    object.loading = message.loading;
                return object;
            };

            /**
             * Converts this Context to JSON.
             * @function toJSON
             * @memberof spotify.connectstate.Context
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Context.prototype.toJSON = function() {
                return Context.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Context
             * @function getTypeUrl
             * @memberof spotify.connectstate.Context
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Context.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.connectstate.Context";
            };

            return Context;
        })();

        connectstate.Playback = (function() {

            /**
             * Properties of a Playback.
             * @typedef {Object} spotify.connectstate.Playback.$Properties
             * @property {number|Long|null} [timestamp] Playback timestamp
             * @property {number|null} [positionAsOfTimestamp] Playback positionAsOfTimestamp
             * @property {number|null} [playbackSpeed] Playback playbackSpeed
             * @property {boolean|null} [isPaused] Playback isPaused
             * @property {spotify.connectstate.ContextTrack.$Properties|null} [currentTrack] Playback currentTrack
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Playback.
             * @memberof spotify.connectstate
             * @interface IPlayback
             * @augments spotify.connectstate.Playback.$Properties
             * @deprecated Use spotify.connectstate.Playback.$Properties instead.
             */

            /**
             * Shape of a Playback.
             * @typedef {spotify.connectstate.Playback.$Properties} spotify.connectstate.Playback.$Shape
             */

            /**
             * Constructs a new Playback.
             * @memberof spotify.connectstate
             * @classdesc Represents a Playback.
             * @constructor
             * @param {spotify.connectstate.Playback.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Playback = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Playback timestamp.
             * @member {number|Long} timestamp
             * @memberof spotify.connectstate.Playback
             * @instance
             */
            Playback.prototype.timestamp = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Playback positionAsOfTimestamp.
             * @member {number} positionAsOfTimestamp
             * @memberof spotify.connectstate.Playback
             * @instance
             */
            Playback.prototype.positionAsOfTimestamp = 0;

            /**
             * Playback playbackSpeed.
             * @member {number} playbackSpeed
             * @memberof spotify.connectstate.Playback
             * @instance
             */
            Playback.prototype.playbackSpeed = 0;

            /**
             * Playback isPaused.
             * @member {boolean} isPaused
             * @memberof spotify.connectstate.Playback
             * @instance
             */
            Playback.prototype.isPaused = false;

            /**
             * Playback currentTrack.
             * @member {spotify.connectstate.ContextTrack.$Properties|null|undefined} currentTrack
             * @memberof spotify.connectstate.Playback
             * @instance
             */
            Playback.prototype.currentTrack = null;

            /**
             * Creates a new Playback instance using the specified properties.
             * @function create
             * @memberof spotify.connectstate.Playback
             * @static
             * @param {spotify.connectstate.Playback.$Properties=} [properties] Properties to set
             * @returns {spotify.connectstate.Playback} Playback instance
             * @type {{
             *   (properties: spotify.connectstate.Playback.$Shape): spotify.connectstate.Playback & spotify.connectstate.Playback.$Shape;
             *   (properties?: spotify.connectstate.Playback.$Properties): spotify.connectstate.Playback;
             * }}
             */
            Playback.create = function(properties) {
                return new Playback(properties);
            };

            /**
             * Encodes the specified Playback message. Does not implicitly {@link spotify.connectstate.Playback.verify|verify} messages.
             * @function encode
             * @memberof spotify.connectstate.Playback
             * @static
             * @param {spotify.connectstate.Playback.$Properties} message Playback message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Playback.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp") && (typeof message.timestamp === "object" ? message.timestamp.low || message.timestamp.high : message.timestamp !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.timestamp);
                if (message.positionAsOfTimestamp != null && $Object.hasOwnProperty.call(message, "positionAsOfTimestamp") && message.positionAsOfTimestamp !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.positionAsOfTimestamp);
                if (message.playbackSpeed != null && $Object.hasOwnProperty.call(message, "playbackSpeed") && !$Object.is(message.playbackSpeed, 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.playbackSpeed);
                if (message.isPaused != null && $Object.hasOwnProperty.call(message, "isPaused") && message.isPaused !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.isPaused);
                if (message.currentTrack != null && $Object.hasOwnProperty.call(message, "currentTrack"))
                    $root.spotify.connectstate.ContextTrack.encode(message.currentTrack, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Playback message, length delimited. Does not implicitly {@link spotify.connectstate.Playback.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.connectstate.Playback
             * @static
             * @param {spotify.connectstate.Playback.$Properties} message Playback message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Playback.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Playback message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.connectstate.Playback
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.connectstate.Playback & spotify.connectstate.Playback.$Shape} Playback
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Playback.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.spotify.connectstate.Playback();
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
                                message.timestamp = value;
                            else
                                delete message.timestamp;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.positionAsOfTimestamp = value;
                            else
                                delete message.positionAsOfTimestamp;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.playbackSpeed = value;
                            else
                                delete message.playbackSpeed;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.isPaused = value;
                            else
                                delete message.isPaused;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.currentTrack = $root.spotify.connectstate.ContextTrack.decode(reader, reader.size(), $undefined, _depth + 1, message.currentTrack);
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
             * Decodes a Playback message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.connectstate.Playback
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.connectstate.Playback & spotify.connectstate.Playback.$Shape} Playback
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Playback.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Playback message.
             * @function verify
             * @memberof spotify.connectstate.Playback
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Playback.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                    if (!$util.isInteger(message.timestamp) && !(message.timestamp && $util.isInteger(message.timestamp.low) && $util.isInteger(message.timestamp.high)))
                        return "timestamp: integer|Long expected";
                if (message.positionAsOfTimestamp != null && $Object.hasOwnProperty.call(message, "positionAsOfTimestamp"))
                    if (!$util.isInteger(message.positionAsOfTimestamp))
                        return "positionAsOfTimestamp: integer expected";
                if (message.playbackSpeed != null && $Object.hasOwnProperty.call(message, "playbackSpeed"))
                    if (typeof message.playbackSpeed !== "number")
                        return "playbackSpeed: number expected";
                if (message.isPaused != null && $Object.hasOwnProperty.call(message, "isPaused"))
                    if (typeof message.isPaused !== "boolean")
                        return "isPaused: boolean expected";
                if (message.currentTrack != null && $Object.hasOwnProperty.call(message, "currentTrack")) {
                    let error = $root.spotify.connectstate.ContextTrack.verify(message.currentTrack, _depth + 1);
                    if (error)
                        return "currentTrack." + error;
                }
                return null;
            };

            /**
             * Creates a Playback message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.connectstate.Playback
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.connectstate.Playback} Playback
             */
            Playback.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.connectstate.Playback)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.connectstate.Playback: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.spotify.connectstate.Playback();
                if (object.timestamp != null)
                    if (typeof object.timestamp === "object" ? object.timestamp.low || object.timestamp.high : $Number(object.timestamp) !== 0)
                        if ($util.Long)
                            message.timestamp = $util.Long.fromValue(object.timestamp, false);
                        else if (typeof object.timestamp === "string")
                            message.timestamp = $parseInt(object.timestamp, 10);
                        else if (typeof object.timestamp === "number")
                            message.timestamp = object.timestamp;
                        else if (typeof object.timestamp === "object")
                            message.timestamp = new $util.LongBits(object.timestamp.low >>> 0, object.timestamp.high >>> 0).toNumber();
                if (object.positionAsOfTimestamp != null)
                    if ($Number(object.positionAsOfTimestamp) !== 0)
                        message.positionAsOfTimestamp = object.positionAsOfTimestamp | 0;
                if (object.playbackSpeed != null)
                    if (!$Object.is($Number(object.playbackSpeed), 0))
                        message.playbackSpeed = $Number(object.playbackSpeed);
                if (object.isPaused != null)
                    if (object.isPaused)
                        message.isPaused = $Boolean(object.isPaused);
                if (object.currentTrack != null) {
                    if (!$util.isObject(object.currentTrack))
                        throw $TypeError(".spotify.connectstate.Playback.currentTrack: object expected");
                    message.currentTrack = $root.spotify.connectstate.ContextTrack.fromObject(object.currentTrack, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a Playback message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.connectstate.Playback
             * @static
             * @param {spotify.connectstate.Playback} message Playback
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Playback.toObject = function (message, options, _depth) {
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
                        object.timestamp = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.timestamp = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.positionAsOfTimestamp = 0;
                    object.playbackSpeed = 0;
                    object.isPaused = false;
                    object.currentTrack = null;
                }
                if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.timestamp = typeof message.timestamp === "number" ? $BigInt(message.timestamp) : $util.Long.fromBits(message.timestamp.low >>> 0, message.timestamp.high >>> 0, false).toBigInt();
                    else if (typeof message.timestamp === "number")
                        object.timestamp = options.longs === $String ? $String(message.timestamp) : message.timestamp;
                    else
                        object.timestamp = options.longs === $String ? $util.Long.prototype.toString.call(message.timestamp) : options.longs === $Number ? new $util.LongBits(message.timestamp.low >>> 0, message.timestamp.high >>> 0).toNumber() : message.timestamp;
                if (message.positionAsOfTimestamp != null && $Object.hasOwnProperty.call(message, "positionAsOfTimestamp"))
                    object.positionAsOfTimestamp = message.positionAsOfTimestamp;
                if (message.playbackSpeed != null && $Object.hasOwnProperty.call(message, "playbackSpeed"))
                    object.playbackSpeed = options.json && !$isFinite(message.playbackSpeed) ? $String(message.playbackSpeed) : message.playbackSpeed;
                if (message.isPaused != null && $Object.hasOwnProperty.call(message, "isPaused"))
                    object.isPaused = message.isPaused;
                if (message.currentTrack != null && $Object.hasOwnProperty.call(message, "currentTrack"))
                    object.currentTrack = $root.spotify.connectstate.ContextTrack.toObject(message.currentTrack, options, _depth + 1);
                return object;
            };

            /**
             * Converts this Playback to JSON.
             * @function toJSON
             * @memberof spotify.connectstate.Playback
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Playback.prototype.toJSON = function() {
                return Playback.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Playback
             * @function getTypeUrl
             * @memberof spotify.connectstate.Playback
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Playback.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.connectstate.Playback";
            };

            return Playback;
        })();

        connectstate.Session = (function() {

            /**
             * Properties of a Session.
             * @typedef {Object} spotify.connectstate.Session.$Properties
             * @property {spotify.connectstate.PlayOrigin.$Properties|null} [playOrigin] Session playOrigin
             * @property {spotify.connectstate.Context.$Properties|null} [context] Session context
             * @property {string|null} [currentUid] Session currentUid
             * @property {string|null} [originalSessionId] Session originalSessionId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Session.
             * @memberof spotify.connectstate
             * @interface ISession
             * @augments spotify.connectstate.Session.$Properties
             * @deprecated Use spotify.connectstate.Session.$Properties instead.
             */

            /**
             * Shape of a Session.
             * @typedef {spotify.connectstate.Session.$Properties} spotify.connectstate.Session.$Shape
             */

            /**
             * Constructs a new Session.
             * @memberof spotify.connectstate
             * @classdesc Represents a Session.
             * @constructor
             * @param {spotify.connectstate.Session.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Session = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Session playOrigin.
             * @member {spotify.connectstate.PlayOrigin.$Properties|null|undefined} playOrigin
             * @memberof spotify.connectstate.Session
             * @instance
             */
            Session.prototype.playOrigin = null;

            /**
             * Session context.
             * @member {spotify.connectstate.Context.$Properties|null|undefined} context
             * @memberof spotify.connectstate.Session
             * @instance
             */
            Session.prototype.context = null;

            /**
             * Session currentUid.
             * @member {string} currentUid
             * @memberof spotify.connectstate.Session
             * @instance
             */
            Session.prototype.currentUid = "";

            /**
             * Session originalSessionId.
             * @member {string} originalSessionId
             * @memberof spotify.connectstate.Session
             * @instance
             */
            Session.prototype.originalSessionId = "";

            /**
             * Creates a new Session instance using the specified properties.
             * @function create
             * @memberof spotify.connectstate.Session
             * @static
             * @param {spotify.connectstate.Session.$Properties=} [properties] Properties to set
             * @returns {spotify.connectstate.Session} Session instance
             * @type {{
             *   (properties: spotify.connectstate.Session.$Shape): spotify.connectstate.Session & spotify.connectstate.Session.$Shape;
             *   (properties?: spotify.connectstate.Session.$Properties): spotify.connectstate.Session;
             * }}
             */
            Session.create = function(properties) {
                return new Session(properties);
            };

            /**
             * Encodes the specified Session message. Does not implicitly {@link spotify.connectstate.Session.verify|verify} messages.
             * @function encode
             * @memberof spotify.connectstate.Session
             * @static
             * @param {spotify.connectstate.Session.$Properties} message Session message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Session.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.playOrigin != null && $Object.hasOwnProperty.call(message, "playOrigin"))
                    $root.spotify.connectstate.PlayOrigin.encode(message.playOrigin, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.context != null && $Object.hasOwnProperty.call(message, "context"))
                    $root.spotify.connectstate.Context.encode(message.context, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.currentUid != null && $Object.hasOwnProperty.call(message, "currentUid") && message.currentUid !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.currentUid);
                if (message.originalSessionId != null && $Object.hasOwnProperty.call(message, "originalSessionId") && message.originalSessionId !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.originalSessionId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Session message, length delimited. Does not implicitly {@link spotify.connectstate.Session.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.connectstate.Session
             * @static
             * @param {spotify.connectstate.Session.$Properties} message Session message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Session.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Session message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.connectstate.Session
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.connectstate.Session & spotify.connectstate.Session.$Shape} Session
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Session.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.spotify.connectstate.Session();
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
                            message.playOrigin = $root.spotify.connectstate.PlayOrigin.decode(reader, reader.size(), $undefined, _depth + 1, message.playOrigin);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.context = $root.spotify.connectstate.Context.decode(reader, reader.size(), $undefined, _depth + 1, message.context);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.currentUid = value;
                            else
                                delete message.currentUid;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.originalSessionId = value;
                            else
                                delete message.originalSessionId;
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
             * Decodes a Session message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.connectstate.Session
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.connectstate.Session & spotify.connectstate.Session.$Shape} Session
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Session.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Session message.
             * @function verify
             * @memberof spotify.connectstate.Session
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Session.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.playOrigin != null && $Object.hasOwnProperty.call(message, "playOrigin")) {
                    let error = $root.spotify.connectstate.PlayOrigin.verify(message.playOrigin, _depth + 1);
                    if (error)
                        return "playOrigin." + error;
                }
                if (message.context != null && $Object.hasOwnProperty.call(message, "context")) {
                    let error = $root.spotify.connectstate.Context.verify(message.context, _depth + 1);
                    if (error)
                        return "context." + error;
                }
                if (message.currentUid != null && $Object.hasOwnProperty.call(message, "currentUid"))
                    if (!$util.isString(message.currentUid))
                        return "currentUid: string expected";
                if (message.originalSessionId != null && $Object.hasOwnProperty.call(message, "originalSessionId"))
                    if (!$util.isString(message.originalSessionId))
                        return "originalSessionId: string expected";
                return null;
            };

            /**
             * Creates a Session message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.connectstate.Session
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.connectstate.Session} Session
             */
            Session.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.connectstate.Session)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.connectstate.Session: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.spotify.connectstate.Session();
                if (object.playOrigin != null) {
                    if (!$util.isObject(object.playOrigin))
                        throw $TypeError(".spotify.connectstate.Session.playOrigin: object expected");
                    message.playOrigin = $root.spotify.connectstate.PlayOrigin.fromObject(object.playOrigin, _depth + 1);
                }
                if (object.context != null) {
                    if (!$util.isObject(object.context))
                        throw $TypeError(".spotify.connectstate.Session.context: object expected");
                    message.context = $root.spotify.connectstate.Context.fromObject(object.context, _depth + 1);
                }
                if (object.currentUid != null)
                    if (typeof object.currentUid !== "string" || object.currentUid.length)
                        message.currentUid = $String(object.currentUid);
                if (object.originalSessionId != null)
                    if (typeof object.originalSessionId !== "string" || object.originalSessionId.length)
                        message.originalSessionId = $String(object.originalSessionId);
                return message;
            };

            /**
             * Creates a plain object from a Session message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.connectstate.Session
             * @static
             * @param {spotify.connectstate.Session} message Session
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Session.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.playOrigin = null;
                    object.context = null;
                    object.currentUid = "";
                    object.originalSessionId = "";
                }
                if (message.playOrigin != null && $Object.hasOwnProperty.call(message, "playOrigin"))
                    object.playOrigin = $root.spotify.connectstate.PlayOrigin.toObject(message.playOrigin, options, _depth + 1);
                if (message.context != null && $Object.hasOwnProperty.call(message, "context"))
                    object.context = $root.spotify.connectstate.Context.toObject(message.context, options, _depth + 1);
                if (message.currentUid != null && $Object.hasOwnProperty.call(message, "currentUid"))
                    object.currentUid = message.currentUid;
                if (message.originalSessionId != null && $Object.hasOwnProperty.call(message, "originalSessionId"))
                    object.originalSessionId = message.originalSessionId;
                return object;
            };

            /**
             * Converts this Session to JSON.
             * @function toJSON
             * @memberof spotify.connectstate.Session
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Session.prototype.toJSON = function() {
                return Session.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Session
             * @function getTypeUrl
             * @memberof spotify.connectstate.Session
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Session.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.connectstate.Session";
            };

            return Session;
        })();

        connectstate.Queue = (function() {

            /**
             * Properties of a Queue.
             * @typedef {Object} spotify.connectstate.Queue.$Properties
             * @property {Array.<spotify.connectstate.ContextTrack.$Properties>|null} [tracks] Queue tracks
             * @property {boolean|null} [isPlayingQueue] Queue isPlayingQueue
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Queue.
             * @memberof spotify.connectstate
             * @interface IQueue
             * @augments spotify.connectstate.Queue.$Properties
             * @deprecated Use spotify.connectstate.Queue.$Properties instead.
             */

            /**
             * Shape of a Queue.
             * @typedef {spotify.connectstate.Queue.$Properties} spotify.connectstate.Queue.$Shape
             */

            /**
             * Constructs a new Queue.
             * @memberof spotify.connectstate
             * @classdesc Represents a Queue.
             * @constructor
             * @param {spotify.connectstate.Queue.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Queue = function (properties) {
                this.tracks = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Queue tracks.
             * @member {Array.<spotify.connectstate.ContextTrack.$Properties>} tracks
             * @memberof spotify.connectstate.Queue
             * @instance
             */
            Queue.prototype.tracks = $util.emptyArray;

            /**
             * Queue isPlayingQueue.
             * @member {boolean} isPlayingQueue
             * @memberof spotify.connectstate.Queue
             * @instance
             */
            Queue.prototype.isPlayingQueue = false;

            /**
             * Creates a new Queue instance using the specified properties.
             * @function create
             * @memberof spotify.connectstate.Queue
             * @static
             * @param {spotify.connectstate.Queue.$Properties=} [properties] Properties to set
             * @returns {spotify.connectstate.Queue} Queue instance
             * @type {{
             *   (properties: spotify.connectstate.Queue.$Shape): spotify.connectstate.Queue & spotify.connectstate.Queue.$Shape;
             *   (properties?: spotify.connectstate.Queue.$Properties): spotify.connectstate.Queue;
             * }}
             */
            Queue.create = function(properties) {
                return new Queue(properties);
            };

            /**
             * Encodes the specified Queue message. Does not implicitly {@link spotify.connectstate.Queue.verify|verify} messages.
             * @function encode
             * @memberof spotify.connectstate.Queue
             * @static
             * @param {spotify.connectstate.Queue.$Properties} message Queue message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Queue.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.tracks != null && message.tracks.length)
                    for (let i = 0; i < message.tracks.length; ++i)
                        $root.spotify.connectstate.ContextTrack.encode(message.tracks[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.isPlayingQueue != null && $Object.hasOwnProperty.call(message, "isPlayingQueue") && message.isPlayingQueue !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.isPlayingQueue);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Queue message, length delimited. Does not implicitly {@link spotify.connectstate.Queue.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.connectstate.Queue
             * @static
             * @param {spotify.connectstate.Queue.$Properties} message Queue message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Queue.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Queue message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.connectstate.Queue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.connectstate.Queue & spotify.connectstate.Queue.$Shape} Queue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Queue.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.spotify.connectstate.Queue();
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
                            if (!(message.tracks && message.tracks.length))
                                message.tracks = [];
                            message.tracks.push($root.spotify.connectstate.ContextTrack.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.isPlayingQueue = value;
                            else
                                delete message.isPlayingQueue;
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
             * Decodes a Queue message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.connectstate.Queue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.connectstate.Queue & spotify.connectstate.Queue.$Shape} Queue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Queue.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Queue message.
             * @function verify
             * @memberof spotify.connectstate.Queue
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Queue.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.tracks != null && $Object.hasOwnProperty.call(message, "tracks")) {
                    if (!$Array.isArray(message.tracks))
                        return "tracks: array expected";
                    for (let i = 0; i < message.tracks.length; ++i) {
                        let error = $root.spotify.connectstate.ContextTrack.verify(message.tracks[i], _depth + 1);
                        if (error)
                            return "tracks." + error;
                    }
                }
                if (message.isPlayingQueue != null && $Object.hasOwnProperty.call(message, "isPlayingQueue"))
                    if (typeof message.isPlayingQueue !== "boolean")
                        return "isPlayingQueue: boolean expected";
                return null;
            };

            /**
             * Creates a Queue message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.connectstate.Queue
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.connectstate.Queue} Queue
             */
            Queue.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.connectstate.Queue)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.connectstate.Queue: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.spotify.connectstate.Queue();
                if (object.tracks) {
                    if (!$Array.isArray(object.tracks))
                        throw $TypeError(".spotify.connectstate.Queue.tracks: array expected");
                    message.tracks = $Array(object.tracks.length);
                    for (let i = 0; i < object.tracks.length; ++i) {
                        if (!$util.isObject(object.tracks[i]))
                            throw $TypeError(".spotify.connectstate.Queue.tracks: object expected");
                        message.tracks[i] = $root.spotify.connectstate.ContextTrack.fromObject(object.tracks[i], _depth + 1);
                    }
                }
                if (object.isPlayingQueue != null)
                    if (object.isPlayingQueue)
                        message.isPlayingQueue = $Boolean(object.isPlayingQueue);
                return message;
            };

            /**
             * Creates a plain object from a Queue message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.connectstate.Queue
             * @static
             * @param {spotify.connectstate.Queue} message Queue
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Queue.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.tracks = [];
                if (options.defaults)
                    object.isPlayingQueue = false;
                if (message.tracks && message.tracks.length) {
                    object.tracks = $Array(message.tracks.length);
                    for (let j = 0; j < message.tracks.length; ++j)
                        object.tracks[j] = $root.spotify.connectstate.ContextTrack.toObject(message.tracks[j], options, _depth + 1);
                }
                if (message.isPlayingQueue != null && $Object.hasOwnProperty.call(message, "isPlayingQueue"))
                    object.isPlayingQueue = message.isPlayingQueue;
                return object;
            };

            /**
             * Converts this Queue to JSON.
             * @function toJSON
             * @memberof spotify.connectstate.Queue
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Queue.prototype.toJSON = function() {
                return Queue.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Queue
             * @function getTypeUrl
             * @memberof spotify.connectstate.Queue
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Queue.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.connectstate.Queue";
            };

            return Queue;
        })();

        connectstate.TransferState = (function() {

            /**
             * Properties of a TransferState.
             * @typedef {Object} spotify.connectstate.TransferState.$Properties
             * @property {spotify.connectstate.ContextPlayerOptions.$Properties|null} [options] TransferState options
             * @property {spotify.connectstate.Playback.$Properties|null} [playback] TransferState playback
             * @property {spotify.connectstate.Session.$Properties|null} [currentSession] TransferState currentSession
             * @property {spotify.connectstate.Queue.$Properties|null} [queue] TransferState queue
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TransferState.
             * @memberof spotify.connectstate
             * @interface ITransferState
             * @augments spotify.connectstate.TransferState.$Properties
             * @deprecated Use spotify.connectstate.TransferState.$Properties instead.
             */

            /**
             * Shape of a TransferState.
             * @typedef {spotify.connectstate.TransferState.$Properties} spotify.connectstate.TransferState.$Shape
             */

            /**
             * Constructs a new TransferState.
             * @memberof spotify.connectstate
             * @classdesc Represents a TransferState.
             * @constructor
             * @param {spotify.connectstate.TransferState.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TransferState = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TransferState options.
             * @member {spotify.connectstate.ContextPlayerOptions.$Properties|null|undefined} options
             * @memberof spotify.connectstate.TransferState
             * @instance
             */
            TransferState.prototype.options = null;

            /**
             * TransferState playback.
             * @member {spotify.connectstate.Playback.$Properties|null|undefined} playback
             * @memberof spotify.connectstate.TransferState
             * @instance
             */
            TransferState.prototype.playback = null;

            /**
             * TransferState currentSession.
             * @member {spotify.connectstate.Session.$Properties|null|undefined} currentSession
             * @memberof spotify.connectstate.TransferState
             * @instance
             */
            TransferState.prototype.currentSession = null;

            /**
             * TransferState queue.
             * @member {spotify.connectstate.Queue.$Properties|null|undefined} queue
             * @memberof spotify.connectstate.TransferState
             * @instance
             */
            TransferState.prototype.queue = null;

            /**
             * Creates a new TransferState instance using the specified properties.
             * @function create
             * @memberof spotify.connectstate.TransferState
             * @static
             * @param {spotify.connectstate.TransferState.$Properties=} [properties] Properties to set
             * @returns {spotify.connectstate.TransferState} TransferState instance
             * @type {{
             *   (properties: spotify.connectstate.TransferState.$Shape): spotify.connectstate.TransferState & spotify.connectstate.TransferState.$Shape;
             *   (properties?: spotify.connectstate.TransferState.$Properties): spotify.connectstate.TransferState;
             * }}
             */
            TransferState.create = function(properties) {
                return new TransferState(properties);
            };

            /**
             * Encodes the specified TransferState message. Does not implicitly {@link spotify.connectstate.TransferState.verify|verify} messages.
             * @function encode
             * @memberof spotify.connectstate.TransferState
             * @static
             * @param {spotify.connectstate.TransferState.$Properties} message TransferState message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TransferState.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.options != null && $Object.hasOwnProperty.call(message, "options"))
                    $root.spotify.connectstate.ContextPlayerOptions.encode(message.options, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.playback != null && $Object.hasOwnProperty.call(message, "playback"))
                    $root.spotify.connectstate.Playback.encode(message.playback, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.currentSession != null && $Object.hasOwnProperty.call(message, "currentSession"))
                    $root.spotify.connectstate.Session.encode(message.currentSession, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.queue != null && $Object.hasOwnProperty.call(message, "queue"))
                    $root.spotify.connectstate.Queue.encode(message.queue, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified TransferState message, length delimited. Does not implicitly {@link spotify.connectstate.TransferState.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.connectstate.TransferState
             * @static
             * @param {spotify.connectstate.TransferState.$Properties} message TransferState message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TransferState.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a TransferState message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.connectstate.TransferState
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.connectstate.TransferState & spotify.connectstate.TransferState.$Shape} TransferState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TransferState.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.spotify.connectstate.TransferState();
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
                            message.options = $root.spotify.connectstate.ContextPlayerOptions.decode(reader, reader.size(), $undefined, _depth + 1, message.options);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.playback = $root.spotify.connectstate.Playback.decode(reader, reader.size(), $undefined, _depth + 1, message.playback);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.currentSession = $root.spotify.connectstate.Session.decode(reader, reader.size(), $undefined, _depth + 1, message.currentSession);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.queue = $root.spotify.connectstate.Queue.decode(reader, reader.size(), $undefined, _depth + 1, message.queue);
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
             * Decodes a TransferState message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.connectstate.TransferState
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.connectstate.TransferState & spotify.connectstate.TransferState.$Shape} TransferState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TransferState.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a TransferState message.
             * @function verify
             * @memberof spotify.connectstate.TransferState
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TransferState.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.options != null && $Object.hasOwnProperty.call(message, "options")) {
                    let error = $root.spotify.connectstate.ContextPlayerOptions.verify(message.options, _depth + 1);
                    if (error)
                        return "options." + error;
                }
                if (message.playback != null && $Object.hasOwnProperty.call(message, "playback")) {
                    let error = $root.spotify.connectstate.Playback.verify(message.playback, _depth + 1);
                    if (error)
                        return "playback." + error;
                }
                if (message.currentSession != null && $Object.hasOwnProperty.call(message, "currentSession")) {
                    let error = $root.spotify.connectstate.Session.verify(message.currentSession, _depth + 1);
                    if (error)
                        return "currentSession." + error;
                }
                if (message.queue != null && $Object.hasOwnProperty.call(message, "queue")) {
                    let error = $root.spotify.connectstate.Queue.verify(message.queue, _depth + 1);
                    if (error)
                        return "queue." + error;
                }
                return null;
            };

            /**
             * Creates a TransferState message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.connectstate.TransferState
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.connectstate.TransferState} TransferState
             */
            TransferState.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.connectstate.TransferState)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.connectstate.TransferState: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.spotify.connectstate.TransferState();
                if (object.options != null) {
                    if (!$util.isObject(object.options))
                        throw $TypeError(".spotify.connectstate.TransferState.options: object expected");
                    message.options = $root.spotify.connectstate.ContextPlayerOptions.fromObject(object.options, _depth + 1);
                }
                if (object.playback != null) {
                    if (!$util.isObject(object.playback))
                        throw $TypeError(".spotify.connectstate.TransferState.playback: object expected");
                    message.playback = $root.spotify.connectstate.Playback.fromObject(object.playback, _depth + 1);
                }
                if (object.currentSession != null) {
                    if (!$util.isObject(object.currentSession))
                        throw $TypeError(".spotify.connectstate.TransferState.currentSession: object expected");
                    message.currentSession = $root.spotify.connectstate.Session.fromObject(object.currentSession, _depth + 1);
                }
                if (object.queue != null) {
                    if (!$util.isObject(object.queue))
                        throw $TypeError(".spotify.connectstate.TransferState.queue: object expected");
                    message.queue = $root.spotify.connectstate.Queue.fromObject(object.queue, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a TransferState message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.connectstate.TransferState
             * @static
             * @param {spotify.connectstate.TransferState} message TransferState
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TransferState.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.options = null;
                    object.playback = null;
                    object.currentSession = null;
                    object.queue = null;
                }
                if (message.options != null && $Object.hasOwnProperty.call(message, "options"))
                    object.options = $root.spotify.connectstate.ContextPlayerOptions.toObject(message.options, options, _depth + 1);
                if (message.playback != null && $Object.hasOwnProperty.call(message, "playback"))
                    object.playback = $root.spotify.connectstate.Playback.toObject(message.playback, options, _depth + 1);
                if (message.currentSession != null && $Object.hasOwnProperty.call(message, "currentSession"))
                    object.currentSession = $root.spotify.connectstate.Session.toObject(message.currentSession, options, _depth + 1);
                if (message.queue != null && $Object.hasOwnProperty.call(message, "queue"))
                    object.queue = $root.spotify.connectstate.Queue.toObject(message.queue, options, _depth + 1);
                return object;
            };

            /**
             * Converts this TransferState to JSON.
             * @function toJSON
             * @memberof spotify.connectstate.TransferState
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TransferState.prototype.toJSON = function() {
                return TransferState.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TransferState
             * @function getTypeUrl
             * @memberof spotify.connectstate.TransferState
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TransferState.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.connectstate.TransferState";
            };

            return TransferState;
        })();

        return connectstate;
    })();

    spotify.user_attributes = (function() {

        /**
         * Namespace user_attributes.
         * @memberof spotify
         * @namespace
         */
        const user_attributes = {};

        user_attributes.UserAttributesUpdate = (function() {

            /**
             * Properties of a UserAttributesUpdate.
             * @typedef {Object} spotify.user_attributes.UserAttributesUpdate.$Properties
             * @property {Object.<string,string>|null} [pairs] UserAttributesUpdate pairs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a UserAttributesUpdate.
             * @memberof spotify.user_attributes
             * @interface IUserAttributesUpdate
             * @augments spotify.user_attributes.UserAttributesUpdate.$Properties
             * @deprecated Use spotify.user_attributes.UserAttributesUpdate.$Properties instead.
             */

            /**
             * Shape of a UserAttributesUpdate.
             * @typedef {spotify.user_attributes.UserAttributesUpdate.$Properties} spotify.user_attributes.UserAttributesUpdate.$Shape
             */

            /**
             * Constructs a new UserAttributesUpdate.
             * @memberof spotify.user_attributes
             * @classdesc Represents a UserAttributesUpdate.
             * @constructor
             * @param {spotify.user_attributes.UserAttributesUpdate.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const UserAttributesUpdate = function (properties) {
                this.pairs = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * UserAttributesUpdate pairs.
             * @member {Object.<string,string>} pairs
             * @memberof spotify.user_attributes.UserAttributesUpdate
             * @instance
             */
            UserAttributesUpdate.prototype.pairs = $util.emptyObject;

            /**
             * Creates a new UserAttributesUpdate instance using the specified properties.
             * @function create
             * @memberof spotify.user_attributes.UserAttributesUpdate
             * @static
             * @param {spotify.user_attributes.UserAttributesUpdate.$Properties=} [properties] Properties to set
             * @returns {spotify.user_attributes.UserAttributesUpdate} UserAttributesUpdate instance
             * @type {{
             *   (properties: spotify.user_attributes.UserAttributesUpdate.$Shape): spotify.user_attributes.UserAttributesUpdate & spotify.user_attributes.UserAttributesUpdate.$Shape;
             *   (properties?: spotify.user_attributes.UserAttributesUpdate.$Properties): spotify.user_attributes.UserAttributesUpdate;
             * }}
             */
            UserAttributesUpdate.create = function(properties) {
                return new UserAttributesUpdate(properties);
            };

            /**
             * Encodes the specified UserAttributesUpdate message. Does not implicitly {@link spotify.user_attributes.UserAttributesUpdate.verify|verify} messages.
             * @function encode
             * @memberof spotify.user_attributes.UserAttributesUpdate
             * @static
             * @param {spotify.user_attributes.UserAttributesUpdate.$Properties} message UserAttributesUpdate message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UserAttributesUpdate.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.pairs != null && $Object.hasOwnProperty.call(message, "pairs"))
                    for (let keys = $Object.keys(message.pairs), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.pairs[keys[i]]).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified UserAttributesUpdate message, length delimited. Does not implicitly {@link spotify.user_attributes.UserAttributesUpdate.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.user_attributes.UserAttributesUpdate
             * @static
             * @param {spotify.user_attributes.UserAttributesUpdate.$Properties} message UserAttributesUpdate message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UserAttributesUpdate.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a UserAttributesUpdate message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.user_attributes.UserAttributesUpdate
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.user_attributes.UserAttributesUpdate & spotify.user_attributes.UserAttributesUpdate.$Shape} UserAttributesUpdate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UserAttributesUpdate.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.spotify.user_attributes.UserAttributesUpdate();
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
                            if (message.pairs === $util.emptyObject)
                                message.pairs = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.pairs, key);
                            message.pairs[key] = value;
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
             * Decodes a UserAttributesUpdate message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.user_attributes.UserAttributesUpdate
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.user_attributes.UserAttributesUpdate & spotify.user_attributes.UserAttributesUpdate.$Shape} UserAttributesUpdate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UserAttributesUpdate.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a UserAttributesUpdate message.
             * @function verify
             * @memberof spotify.user_attributes.UserAttributesUpdate
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            UserAttributesUpdate.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.pairs != null && $Object.hasOwnProperty.call(message, "pairs")) {
                    if (!$util.isObject(message.pairs))
                        return "pairs: object expected";
                    let key = $Object.keys(message.pairs);
                    for (let i = 0; i < key.length; ++i)
                        if (!$util.isString(message.pairs[key[i]]))
                            return "pairs: string{k:string} expected";
                }
                return null;
            };

            /**
             * Creates a UserAttributesUpdate message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.user_attributes.UserAttributesUpdate
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.user_attributes.UserAttributesUpdate} UserAttributesUpdate
             */
            UserAttributesUpdate.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.user_attributes.UserAttributesUpdate)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.user_attributes.UserAttributesUpdate: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.spotify.user_attributes.UserAttributesUpdate();
                if (object.pairs) {
                    if (!$util.isObject(object.pairs))
                        throw $TypeError(".spotify.user_attributes.UserAttributesUpdate.pairs: object expected");
                    message.pairs = {};
                    for (let keys = $Object.keys(object.pairs), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.pairs, keys[i]);
                        message.pairs[keys[i]] = $String(object.pairs[keys[i]]);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a UserAttributesUpdate message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.user_attributes.UserAttributesUpdate
             * @static
             * @param {spotify.user_attributes.UserAttributesUpdate} message UserAttributesUpdate
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            UserAttributesUpdate.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.objects || options.defaults)
                    object.pairs = {};
                let keys2;
                if (message.pairs && (keys2 = $Object.keys(message.pairs)).length) {
                    object.pairs = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.pairs, keys2[j]);
                        object.pairs[keys2[j]] = message.pairs[keys2[j]];
                    }
                }
                return object;
            };

            /**
             * Converts this UserAttributesUpdate to JSON.
             * @function toJSON
             * @memberof spotify.user_attributes.UserAttributesUpdate
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            UserAttributesUpdate.prototype.toJSON = function() {
                return UserAttributesUpdate.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for UserAttributesUpdate
             * @function getTypeUrl
             * @memberof spotify.user_attributes.UserAttributesUpdate
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            UserAttributesUpdate.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.user_attributes.UserAttributesUpdate";
            };

            return UserAttributesUpdate;
        })();

        user_attributes.MutatedField = (function() {

            /**
             * Properties of a MutatedField.
             * @typedef {Object} spotify.user_attributes.MutatedField.$Properties
             * @property {string|null} [name] MutatedField name
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MutatedField.
             * @memberof spotify.user_attributes
             * @interface IMutatedField
             * @augments spotify.user_attributes.MutatedField.$Properties
             * @deprecated Use spotify.user_attributes.MutatedField.$Properties instead.
             */

            /**
             * Shape of a MutatedField.
             * @typedef {spotify.user_attributes.MutatedField.$Properties} spotify.user_attributes.MutatedField.$Shape
             */

            /**
             * Constructs a new MutatedField.
             * @memberof spotify.user_attributes
             * @classdesc Represents a MutatedField.
             * @constructor
             * @param {spotify.user_attributes.MutatedField.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MutatedField = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MutatedField name.
             * @member {string} name
             * @memberof spotify.user_attributes.MutatedField
             * @instance
             */
            MutatedField.prototype.name = "";

            /**
             * Creates a new MutatedField instance using the specified properties.
             * @function create
             * @memberof spotify.user_attributes.MutatedField
             * @static
             * @param {spotify.user_attributes.MutatedField.$Properties=} [properties] Properties to set
             * @returns {spotify.user_attributes.MutatedField} MutatedField instance
             * @type {{
             *   (properties: spotify.user_attributes.MutatedField.$Shape): spotify.user_attributes.MutatedField & spotify.user_attributes.MutatedField.$Shape;
             *   (properties?: spotify.user_attributes.MutatedField.$Properties): spotify.user_attributes.MutatedField;
             * }}
             */
            MutatedField.create = function(properties) {
                return new MutatedField(properties);
            };

            /**
             * Encodes the specified MutatedField message. Does not implicitly {@link spotify.user_attributes.MutatedField.verify|verify} messages.
             * @function encode
             * @memberof spotify.user_attributes.MutatedField
             * @static
             * @param {spotify.user_attributes.MutatedField.$Properties} message MutatedField message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MutatedField.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified MutatedField message, length delimited. Does not implicitly {@link spotify.user_attributes.MutatedField.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.user_attributes.MutatedField
             * @static
             * @param {spotify.user_attributes.MutatedField.$Properties} message MutatedField message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MutatedField.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a MutatedField message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.user_attributes.MutatedField
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.user_attributes.MutatedField & spotify.user_attributes.MutatedField.$Shape} MutatedField
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MutatedField.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.spotify.user_attributes.MutatedField();
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
                                message.name = value;
                            else
                                delete message.name;
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
             * Decodes a MutatedField message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.user_attributes.MutatedField
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.user_attributes.MutatedField & spotify.user_attributes.MutatedField.$Shape} MutatedField
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MutatedField.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a MutatedField message.
             * @function verify
             * @memberof spotify.user_attributes.MutatedField
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            MutatedField.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                return null;
            };

            /**
             * Creates a MutatedField message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.user_attributes.MutatedField
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.user_attributes.MutatedField} MutatedField
             */
            MutatedField.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.user_attributes.MutatedField)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.user_attributes.MutatedField: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.spotify.user_attributes.MutatedField();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                return message;
            };

            /**
             * Creates a plain object from a MutatedField message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.user_attributes.MutatedField
             * @static
             * @param {spotify.user_attributes.MutatedField} message MutatedField
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MutatedField.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.name = "";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                return object;
            };

            /**
             * Converts this MutatedField to JSON.
             * @function toJSON
             * @memberof spotify.user_attributes.MutatedField
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MutatedField.prototype.toJSON = function() {
                return MutatedField.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for MutatedField
             * @function getTypeUrl
             * @memberof spotify.user_attributes.MutatedField
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MutatedField.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.user_attributes.MutatedField";
            };

            return MutatedField;
        })();

        user_attributes.MutationCommand = (function() {

            /**
             * Properties of a MutationCommand.
             * @typedef {Object} spotify.user_attributes.MutationCommand.$Properties
             * @property {number|Long|null} [timestamp] MutationCommand timestamp
             * @property {number|null} [unknown] MutationCommand unknown
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MutationCommand.
             * @memberof spotify.user_attributes
             * @interface IMutationCommand
             * @augments spotify.user_attributes.MutationCommand.$Properties
             * @deprecated Use spotify.user_attributes.MutationCommand.$Properties instead.
             */

            /**
             * Shape of a MutationCommand.
             * @typedef {spotify.user_attributes.MutationCommand.$Properties} spotify.user_attributes.MutationCommand.$Shape
             */

            /**
             * Constructs a new MutationCommand.
             * @memberof spotify.user_attributes
             * @classdesc Represents a MutationCommand.
             * @constructor
             * @param {spotify.user_attributes.MutationCommand.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MutationCommand = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MutationCommand timestamp.
             * @member {number|Long} timestamp
             * @memberof spotify.user_attributes.MutationCommand
             * @instance
             */
            MutationCommand.prototype.timestamp = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * MutationCommand unknown.
             * @member {number} unknown
             * @memberof spotify.user_attributes.MutationCommand
             * @instance
             */
            MutationCommand.prototype.unknown = 0;

            /**
             * Creates a new MutationCommand instance using the specified properties.
             * @function create
             * @memberof spotify.user_attributes.MutationCommand
             * @static
             * @param {spotify.user_attributes.MutationCommand.$Properties=} [properties] Properties to set
             * @returns {spotify.user_attributes.MutationCommand} MutationCommand instance
             * @type {{
             *   (properties: spotify.user_attributes.MutationCommand.$Shape): spotify.user_attributes.MutationCommand & spotify.user_attributes.MutationCommand.$Shape;
             *   (properties?: spotify.user_attributes.MutationCommand.$Properties): spotify.user_attributes.MutationCommand;
             * }}
             */
            MutationCommand.create = function(properties) {
                return new MutationCommand(properties);
            };

            /**
             * Encodes the specified MutationCommand message. Does not implicitly {@link spotify.user_attributes.MutationCommand.verify|verify} messages.
             * @function encode
             * @memberof spotify.user_attributes.MutationCommand
             * @static
             * @param {spotify.user_attributes.MutationCommand.$Properties} message MutationCommand message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MutationCommand.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp") && (typeof message.timestamp === "object" ? message.timestamp.low || message.timestamp.high : message.timestamp !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.timestamp);
                if (message.unknown != null && $Object.hasOwnProperty.call(message, "unknown") && message.unknown !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.unknown);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified MutationCommand message, length delimited. Does not implicitly {@link spotify.user_attributes.MutationCommand.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.user_attributes.MutationCommand
             * @static
             * @param {spotify.user_attributes.MutationCommand.$Properties} message MutationCommand message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MutationCommand.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a MutationCommand message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.user_attributes.MutationCommand
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.user_attributes.MutationCommand & spotify.user_attributes.MutationCommand.$Shape} MutationCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MutationCommand.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.spotify.user_attributes.MutationCommand();
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
                                message.timestamp = value;
                            else
                                delete message.timestamp;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.unknown = value;
                            else
                                delete message.unknown;
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
             * Decodes a MutationCommand message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.user_attributes.MutationCommand
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.user_attributes.MutationCommand & spotify.user_attributes.MutationCommand.$Shape} MutationCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MutationCommand.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a MutationCommand message.
             * @function verify
             * @memberof spotify.user_attributes.MutationCommand
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            MutationCommand.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                    if (!$util.isInteger(message.timestamp) && !(message.timestamp && $util.isInteger(message.timestamp.low) && $util.isInteger(message.timestamp.high)))
                        return "timestamp: integer|Long expected";
                if (message.unknown != null && $Object.hasOwnProperty.call(message, "unknown"))
                    if (!$util.isInteger(message.unknown))
                        return "unknown: integer expected";
                return null;
            };

            /**
             * Creates a MutationCommand message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.user_attributes.MutationCommand
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.user_attributes.MutationCommand} MutationCommand
             */
            MutationCommand.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.user_attributes.MutationCommand)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.user_attributes.MutationCommand: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.spotify.user_attributes.MutationCommand();
                if (object.timestamp != null)
                    if (typeof object.timestamp === "object" ? object.timestamp.low || object.timestamp.high : $Number(object.timestamp) !== 0)
                        if ($util.Long)
                            message.timestamp = $util.Long.fromValue(object.timestamp, false);
                        else if (typeof object.timestamp === "string")
                            message.timestamp = $parseInt(object.timestamp, 10);
                        else if (typeof object.timestamp === "number")
                            message.timestamp = object.timestamp;
                        else if (typeof object.timestamp === "object")
                            message.timestamp = new $util.LongBits(object.timestamp.low >>> 0, object.timestamp.high >>> 0).toNumber();
                if (object.unknown != null)
                    if ($Number(object.unknown) !== 0)
                        message.unknown = object.unknown | 0;
                return message;
            };

            /**
             * Creates a plain object from a MutationCommand message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.user_attributes.MutationCommand
             * @static
             * @param {spotify.user_attributes.MutationCommand} message MutationCommand
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MutationCommand.toObject = function (message, options, _depth) {
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
                        object.timestamp = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.timestamp = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.unknown = 0;
                }
                if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.timestamp = typeof message.timestamp === "number" ? $BigInt(message.timestamp) : $util.Long.fromBits(message.timestamp.low >>> 0, message.timestamp.high >>> 0, false).toBigInt();
                    else if (typeof message.timestamp === "number")
                        object.timestamp = options.longs === $String ? $String(message.timestamp) : message.timestamp;
                    else
                        object.timestamp = options.longs === $String ? $util.Long.prototype.toString.call(message.timestamp) : options.longs === $Number ? new $util.LongBits(message.timestamp.low >>> 0, message.timestamp.high >>> 0).toNumber() : message.timestamp;
                if (message.unknown != null && $Object.hasOwnProperty.call(message, "unknown"))
                    object.unknown = message.unknown;
                return object;
            };

            /**
             * Converts this MutationCommand to JSON.
             * @function toJSON
             * @memberof spotify.user_attributes.MutationCommand
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MutationCommand.prototype.toJSON = function() {
                return MutationCommand.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for MutationCommand
             * @function getTypeUrl
             * @memberof spotify.user_attributes.MutationCommand
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MutationCommand.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.user_attributes.MutationCommand";
            };

            return MutationCommand;
        })();

        user_attributes.UserAttributesMutation = (function() {

            /**
             * Properties of a UserAttributesMutation.
             * @typedef {Object} spotify.user_attributes.UserAttributesMutation.$Properties
             * @property {Array.<spotify.user_attributes.MutatedField.$Properties>|null} [fields] UserAttributesMutation fields
             * @property {spotify.user_attributes.MutationCommand.$Properties|null} [cmd] UserAttributesMutation cmd
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a UserAttributesMutation.
             * @memberof spotify.user_attributes
             * @interface IUserAttributesMutation
             * @augments spotify.user_attributes.UserAttributesMutation.$Properties
             * @deprecated Use spotify.user_attributes.UserAttributesMutation.$Properties instead.
             */

            /**
             * Shape of a UserAttributesMutation.
             * @typedef {spotify.user_attributes.UserAttributesMutation.$Properties} spotify.user_attributes.UserAttributesMutation.$Shape
             */

            /**
             * Constructs a new UserAttributesMutation.
             * @memberof spotify.user_attributes
             * @classdesc Represents a UserAttributesMutation.
             * @constructor
             * @param {spotify.user_attributes.UserAttributesMutation.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const UserAttributesMutation = function (properties) {
                this.fields = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * UserAttributesMutation fields.
             * @member {Array.<spotify.user_attributes.MutatedField.$Properties>} fields
             * @memberof spotify.user_attributes.UserAttributesMutation
             * @instance
             */
            UserAttributesMutation.prototype.fields = $util.emptyArray;

            /**
             * UserAttributesMutation cmd.
             * @member {spotify.user_attributes.MutationCommand.$Properties|null|undefined} cmd
             * @memberof spotify.user_attributes.UserAttributesMutation
             * @instance
             */
            UserAttributesMutation.prototype.cmd = null;

            /**
             * Creates a new UserAttributesMutation instance using the specified properties.
             * @function create
             * @memberof spotify.user_attributes.UserAttributesMutation
             * @static
             * @param {spotify.user_attributes.UserAttributesMutation.$Properties=} [properties] Properties to set
             * @returns {spotify.user_attributes.UserAttributesMutation} UserAttributesMutation instance
             * @type {{
             *   (properties: spotify.user_attributes.UserAttributesMutation.$Shape): spotify.user_attributes.UserAttributesMutation & spotify.user_attributes.UserAttributesMutation.$Shape;
             *   (properties?: spotify.user_attributes.UserAttributesMutation.$Properties): spotify.user_attributes.UserAttributesMutation;
             * }}
             */
            UserAttributesMutation.create = function(properties) {
                return new UserAttributesMutation(properties);
            };

            /**
             * Encodes the specified UserAttributesMutation message. Does not implicitly {@link spotify.user_attributes.UserAttributesMutation.verify|verify} messages.
             * @function encode
             * @memberof spotify.user_attributes.UserAttributesMutation
             * @static
             * @param {spotify.user_attributes.UserAttributesMutation.$Properties} message UserAttributesMutation message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UserAttributesMutation.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.fields != null && message.fields.length)
                    for (let i = 0; i < message.fields.length; ++i)
                        $root.spotify.user_attributes.MutatedField.encode(message.fields[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.cmd != null && $Object.hasOwnProperty.call(message, "cmd"))
                    $root.spotify.user_attributes.MutationCommand.encode(message.cmd, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified UserAttributesMutation message, length delimited. Does not implicitly {@link spotify.user_attributes.UserAttributesMutation.verify|verify} messages.
             * @function encodeDelimited
             * @memberof spotify.user_attributes.UserAttributesMutation
             * @static
             * @param {spotify.user_attributes.UserAttributesMutation.$Properties} message UserAttributesMutation message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UserAttributesMutation.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a UserAttributesMutation message from the specified reader or buffer.
             * @function decode
             * @memberof spotify.user_attributes.UserAttributesMutation
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spotify.user_attributes.UserAttributesMutation & spotify.user_attributes.UserAttributesMutation.$Shape} UserAttributesMutation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UserAttributesMutation.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.spotify.user_attributes.UserAttributesMutation();
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
                            if (!(message.fields && message.fields.length))
                                message.fields = [];
                            message.fields.push($root.spotify.user_attributes.MutatedField.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.cmd = $root.spotify.user_attributes.MutationCommand.decode(reader, reader.size(), $undefined, _depth + 1, message.cmd);
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
             * Decodes a UserAttributesMutation message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof spotify.user_attributes.UserAttributesMutation
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {spotify.user_attributes.UserAttributesMutation & spotify.user_attributes.UserAttributesMutation.$Shape} UserAttributesMutation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UserAttributesMutation.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a UserAttributesMutation message.
             * @function verify
             * @memberof spotify.user_attributes.UserAttributesMutation
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            UserAttributesMutation.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.fields != null && $Object.hasOwnProperty.call(message, "fields")) {
                    if (!$Array.isArray(message.fields))
                        return "fields: array expected";
                    for (let i = 0; i < message.fields.length; ++i) {
                        let error = $root.spotify.user_attributes.MutatedField.verify(message.fields[i], _depth + 1);
                        if (error)
                            return "fields." + error;
                    }
                }
                if (message.cmd != null && $Object.hasOwnProperty.call(message, "cmd")) {
                    let error = $root.spotify.user_attributes.MutationCommand.verify(message.cmd, _depth + 1);
                    if (error)
                        return "cmd." + error;
                }
                return null;
            };

            /**
             * Creates a UserAttributesMutation message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spotify.user_attributes.UserAttributesMutation
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spotify.user_attributes.UserAttributesMutation} UserAttributesMutation
             */
            UserAttributesMutation.fromObject = function (object, _depth) {
                if (object instanceof $root.spotify.user_attributes.UserAttributesMutation)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spotify.user_attributes.UserAttributesMutation: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.spotify.user_attributes.UserAttributesMutation();
                if (object.fields) {
                    if (!$Array.isArray(object.fields))
                        throw $TypeError(".spotify.user_attributes.UserAttributesMutation.fields: array expected");
                    message.fields = $Array(object.fields.length);
                    for (let i = 0; i < object.fields.length; ++i) {
                        if (!$util.isObject(object.fields[i]))
                            throw $TypeError(".spotify.user_attributes.UserAttributesMutation.fields: object expected");
                        message.fields[i] = $root.spotify.user_attributes.MutatedField.fromObject(object.fields[i], _depth + 1);
                    }
                }
                if (object.cmd != null) {
                    if (!$util.isObject(object.cmd))
                        throw $TypeError(".spotify.user_attributes.UserAttributesMutation.cmd: object expected");
                    message.cmd = $root.spotify.user_attributes.MutationCommand.fromObject(object.cmd, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a UserAttributesMutation message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spotify.user_attributes.UserAttributesMutation
             * @static
             * @param {spotify.user_attributes.UserAttributesMutation} message UserAttributesMutation
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            UserAttributesMutation.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.fields = [];
                if (options.defaults)
                    object.cmd = null;
                if (message.fields && message.fields.length) {
                    object.fields = $Array(message.fields.length);
                    for (let j = 0; j < message.fields.length; ++j)
                        object.fields[j] = $root.spotify.user_attributes.MutatedField.toObject(message.fields[j], options, _depth + 1);
                }
                if (message.cmd != null && $Object.hasOwnProperty.call(message, "cmd"))
                    object.cmd = $root.spotify.user_attributes.MutationCommand.toObject(message.cmd, options, _depth + 1);
                return object;
            };

            /**
             * Converts this UserAttributesMutation to JSON.
             * @function toJSON
             * @memberof spotify.user_attributes.UserAttributesMutation
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            UserAttributesMutation.prototype.toJSON = function() {
                return UserAttributesMutation.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for UserAttributesMutation
             * @function getTypeUrl
             * @memberof spotify.user_attributes.UserAttributesMutation
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            UserAttributesMutation.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spotify.user_attributes.UserAttributesMutation";
            };

            return UserAttributesMutation;
        })();

        return user_attributes;
    })();

    return spotify;
})();

export {
  $root as default
};
