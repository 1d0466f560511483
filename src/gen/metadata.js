/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Array = $util.global.Array, $Boolean = $util.global.Boolean;

// Exported root namespace
const $root = $protobuf.roots["spotlet_metadata"] || ($protobuf.roots["spotlet_metadata"] = {});

export const spotify = $root.spotify = (() => {

    /**
     * Namespace spotify.
     * @exports spotify
     * @namespace
     */
    const spotify = {};

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

        metadata.Album = (function() {

            /**
             * Properties of an Album.
             * @typedef {Object} spotify.metadata.Album.$Properties
             * @property {Uint8Array|null} [gid] Album gid
             * @property {string|null} [name] Album name
             * @property {Array.<spotify.metadata.Artist.$Properties>|null} [artist] Album artist
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
                if (options.arrays || options.defaults)
                    object.artist = [];
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
                if (message.artist && message.artist.length) {
                    object.artist = $Array(message.artist.length);
                    for (let j = 0; j < message.artist.length; ++j)
                        object.artist[j] = $root.spotify.metadata.Artist.toObject(message.artist[j], options, _depth + 1);
                }
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
                }
                if (message.gid != null && $Object.hasOwnProperty.call(message, "gid"))
                    object.gid = options.bytes === $String ? $util.base64.encode(message.gid, 0, message.gid.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.gid) : message.gid;
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
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
             * @property {boolean|null} [explicit] Track explicit
             * @property {Array.<spotify.metadata.Restriction.$Properties>|null} [restriction] Track restriction
             * @property {Array.<spotify.metadata.AudioFile.$Properties>|null} [file] Track file
             * @property {Array.<spotify.metadata.Track.$Properties>|null} [alternative] Track alternative
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

export {
  $root as default
};
