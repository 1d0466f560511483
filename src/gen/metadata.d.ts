import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace spotify. */
export namespace spotify {

    /** Namespace metadata. */
    namespace metadata {

        /**
         * Properties of an AudioFile.
         * @deprecated Use spotify.metadata.AudioFile.$Properties instead.
         */
        interface IAudioFile extends spotify.metadata.AudioFile.$Properties {
        }

        /** Represents an AudioFile. */
        class AudioFile {

            /**
             * Constructs a new AudioFile.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.metadata.AudioFile.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AudioFile fileId. */
            fileId: Uint8Array;

            /** AudioFile format. */
            format: spotify.metadata.AudioFile.Format;

            /**
             * Creates a new AudioFile instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AudioFile instance
             */
            static create(properties: spotify.metadata.AudioFile.$Shape): spotify.metadata.AudioFile & spotify.metadata.AudioFile.$Shape;
            static create(properties?: spotify.metadata.AudioFile.$Properties): spotify.metadata.AudioFile;

            /**
             * Encodes the specified AudioFile message. Does not implicitly {@link spotify.metadata.AudioFile.verify|verify} messages.
             * @param message AudioFile message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.metadata.AudioFile.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified AudioFile message, length delimited. Does not implicitly {@link spotify.metadata.AudioFile.verify|verify} messages.
             * @param message AudioFile message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.metadata.AudioFile.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AudioFile message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.metadata.AudioFile & spotify.metadata.AudioFile.$Shape} AudioFile
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.metadata.AudioFile & spotify.metadata.AudioFile.$Shape;

            /**
             * Decodes an AudioFile message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.metadata.AudioFile & spotify.metadata.AudioFile.$Shape} AudioFile
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.metadata.AudioFile & spotify.metadata.AudioFile.$Shape;

            /**
             * Verifies an AudioFile message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AudioFile message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AudioFile
             */
            static fromObject(object: { [k: string]: any }): spotify.metadata.AudioFile;

            /**
             * Creates a plain object from an AudioFile message. Also converts values to other types if specified.
             * @param message AudioFile
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.metadata.AudioFile, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AudioFile to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AudioFile
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AudioFile {

            /** Properties of an AudioFile. */
            interface $Properties {

                /** AudioFile fileId */
                fileId?: (Uint8Array|null);

                /** AudioFile format */
                format?: (spotify.metadata.AudioFile.Format|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AudioFile. */
            type $Shape = spotify.metadata.AudioFile.$Properties;

            /** Format enum. */
            enum Format {

                /** OGG_VORBIS_96 value */
                OGG_VORBIS_96 = 0,

                /** OGG_VORBIS_160 value */
                OGG_VORBIS_160 = 1,

                /** OGG_VORBIS_320 value */
                OGG_VORBIS_320 = 2,

                /** MP3_256 value */
                MP3_256 = 3,

                /** MP3_320 value */
                MP3_320 = 4,

                /** MP3_160 value */
                MP3_160 = 5,

                /** MP3_96 value */
                MP3_96 = 6,

                /** MP3_160_ENC value */
                MP3_160_ENC = 7,

                /** AAC_24 value */
                AAC_24 = 8,

                /** AAC_48 value */
                AAC_48 = 9,

                /** AAC_160 value */
                AAC_160 = 10,

                /** AAC_320 value */
                AAC_320 = 11,

                /** MP4_128 value */
                MP4_128 = 12,

                /** OTHER5 value */
                OTHER5 = 13,

                /** FLAC_FLAC value */
                FLAC_FLAC = 16,

                /** XHE_AAC_24 value */
                XHE_AAC_24 = 18,

                /** XHE_AAC_16 value */
                XHE_AAC_16 = 19,

                /** XHE_AAC_12 value */
                XHE_AAC_12 = 20,

                /** FLAC_FLAC_24BIT value */
                FLAC_FLAC_24BIT = 22
            }
        }

        /**
         * Properties of an Artist.
         * @deprecated Use spotify.metadata.Artist.$Properties instead.
         */
        interface IArtist extends spotify.metadata.Artist.$Properties {
        }

        /** Represents an Artist. */
        class Artist {

            /**
             * Constructs a new Artist.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.metadata.Artist.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Artist gid. */
            gid: Uint8Array;

            /** Artist name. */
            name: string;

            /**
             * Creates a new Artist instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Artist instance
             */
            static create(properties: spotify.metadata.Artist.$Shape): spotify.metadata.Artist & spotify.metadata.Artist.$Shape;
            static create(properties?: spotify.metadata.Artist.$Properties): spotify.metadata.Artist;

            /**
             * Encodes the specified Artist message. Does not implicitly {@link spotify.metadata.Artist.verify|verify} messages.
             * @param message Artist message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.metadata.Artist.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Artist message, length delimited. Does not implicitly {@link spotify.metadata.Artist.verify|verify} messages.
             * @param message Artist message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.metadata.Artist.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Artist message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.metadata.Artist & spotify.metadata.Artist.$Shape} Artist
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.metadata.Artist & spotify.metadata.Artist.$Shape;

            /**
             * Decodes an Artist message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.metadata.Artist & spotify.metadata.Artist.$Shape} Artist
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.metadata.Artist & spotify.metadata.Artist.$Shape;

            /**
             * Verifies an Artist message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Artist message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Artist
             */
            static fromObject(object: { [k: string]: any }): spotify.metadata.Artist;

            /**
             * Creates a plain object from an Artist message. Also converts values to other types if specified.
             * @param message Artist
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.metadata.Artist, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Artist to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Artist
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Artist {

            /** Properties of an Artist. */
            interface $Properties {

                /** Artist gid */
                gid?: (Uint8Array|null);

                /** Artist name */
                name?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Artist. */
            type $Shape = spotify.metadata.Artist.$Properties;
        }

        /**
         * Properties of an Album.
         * @deprecated Use spotify.metadata.Album.$Properties instead.
         */
        interface IAlbum extends spotify.metadata.Album.$Properties {
        }

        /** Represents an Album. */
        class Album {

            /**
             * Constructs a new Album.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.metadata.Album.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Album gid. */
            gid: Uint8Array;

            /** Album name. */
            name: string;

            /** Album artist. */
            artist: spotify.metadata.Artist.$Properties[];

            /**
             * Creates a new Album instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Album instance
             */
            static create(properties: spotify.metadata.Album.$Shape): spotify.metadata.Album & spotify.metadata.Album.$Shape;
            static create(properties?: spotify.metadata.Album.$Properties): spotify.metadata.Album;

            /**
             * Encodes the specified Album message. Does not implicitly {@link spotify.metadata.Album.verify|verify} messages.
             * @param message Album message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.metadata.Album.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Album message, length delimited. Does not implicitly {@link spotify.metadata.Album.verify|verify} messages.
             * @param message Album message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.metadata.Album.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Album message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.metadata.Album & spotify.metadata.Album.$Shape} Album
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.metadata.Album & spotify.metadata.Album.$Shape;

            /**
             * Decodes an Album message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.metadata.Album & spotify.metadata.Album.$Shape} Album
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.metadata.Album & spotify.metadata.Album.$Shape;

            /**
             * Verifies an Album message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Album message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Album
             */
            static fromObject(object: { [k: string]: any }): spotify.metadata.Album;

            /**
             * Creates a plain object from an Album message. Also converts values to other types if specified.
             * @param message Album
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.metadata.Album, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Album to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Album
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Album {

            /** Properties of an Album. */
            interface $Properties {

                /** Album gid */
                gid?: (Uint8Array|null);

                /** Album name */
                name?: (string|null);

                /** Album artist */
                artist?: (spotify.metadata.Artist.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Album. */
            type $Shape = spotify.metadata.Album.$Properties;
        }

        /**
         * Properties of a Restriction.
         * @deprecated Use spotify.metadata.Restriction.$Properties instead.
         */
        interface IRestriction extends spotify.metadata.Restriction.$Properties {
        }

        /** Represents a Restriction. */
        class Restriction {

            /**
             * Constructs a new Restriction.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.metadata.Restriction.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Restriction countriesAllowed. */
            countriesAllowed: string;

            /** Restriction countriesForbidden. */
            countriesForbidden: string;

            /** Restriction catalogueStr. */
            catalogueStr: string[];

            /**
             * Creates a new Restriction instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Restriction instance
             */
            static create(properties: spotify.metadata.Restriction.$Shape): spotify.metadata.Restriction & spotify.metadata.Restriction.$Shape;
            static create(properties?: spotify.metadata.Restriction.$Properties): spotify.metadata.Restriction;

            /**
             * Encodes the specified Restriction message. Does not implicitly {@link spotify.metadata.Restriction.verify|verify} messages.
             * @param message Restriction message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.metadata.Restriction.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Restriction message, length delimited. Does not implicitly {@link spotify.metadata.Restriction.verify|verify} messages.
             * @param message Restriction message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.metadata.Restriction.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Restriction message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.metadata.Restriction & spotify.metadata.Restriction.$Shape} Restriction
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.metadata.Restriction & spotify.metadata.Restriction.$Shape;

            /**
             * Decodes a Restriction message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.metadata.Restriction & spotify.metadata.Restriction.$Shape} Restriction
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.metadata.Restriction & spotify.metadata.Restriction.$Shape;

            /**
             * Verifies a Restriction message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Restriction message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Restriction
             */
            static fromObject(object: { [k: string]: any }): spotify.metadata.Restriction;

            /**
             * Creates a plain object from a Restriction message. Also converts values to other types if specified.
             * @param message Restriction
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.metadata.Restriction, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Restriction to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Restriction
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Restriction {

            /** Properties of a Restriction. */
            interface $Properties {

                /** Restriction countriesAllowed */
                countriesAllowed?: (string|null);

                /** Restriction countriesForbidden */
                countriesForbidden?: (string|null);

                /** Restriction catalogueStr */
                catalogueStr?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Restriction. */
            type $Shape = spotify.metadata.Restriction.$Properties;
        }

        /**
         * Properties of a Show.
         * @deprecated Use spotify.metadata.Show.$Properties instead.
         */
        interface IShow extends spotify.metadata.Show.$Properties {
        }

        /** Represents a Show. */
        class Show {

            /**
             * Constructs a new Show.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.metadata.Show.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Show gid. */
            gid: Uint8Array;

            /** Show name. */
            name: string;

            /**
             * Creates a new Show instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Show instance
             */
            static create(properties: spotify.metadata.Show.$Shape): spotify.metadata.Show & spotify.metadata.Show.$Shape;
            static create(properties?: spotify.metadata.Show.$Properties): spotify.metadata.Show;

            /**
             * Encodes the specified Show message. Does not implicitly {@link spotify.metadata.Show.verify|verify} messages.
             * @param message Show message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.metadata.Show.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Show message, length delimited. Does not implicitly {@link spotify.metadata.Show.verify|verify} messages.
             * @param message Show message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.metadata.Show.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Show message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.metadata.Show & spotify.metadata.Show.$Shape} Show
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.metadata.Show & spotify.metadata.Show.$Shape;

            /**
             * Decodes a Show message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.metadata.Show & spotify.metadata.Show.$Shape} Show
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.metadata.Show & spotify.metadata.Show.$Shape;

            /**
             * Verifies a Show message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Show message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Show
             */
            static fromObject(object: { [k: string]: any }): spotify.metadata.Show;

            /**
             * Creates a plain object from a Show message. Also converts values to other types if specified.
             * @param message Show
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.metadata.Show, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Show to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Show
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Show {

            /** Properties of a Show. */
            interface $Properties {

                /** Show gid */
                gid?: (Uint8Array|null);

                /** Show name */
                name?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Show. */
            type $Shape = spotify.metadata.Show.$Properties;
        }

        /**
         * Properties of a Track.
         * @deprecated Use spotify.metadata.Track.$Properties instead.
         */
        interface ITrack extends spotify.metadata.Track.$Properties {
        }

        /** Represents a Track. */
        class Track {

            /**
             * Constructs a new Track.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.metadata.Track.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Track gid. */
            gid: Uint8Array;

            /** Track name. */
            name: string;

            /** Track album. */
            album?: (spotify.metadata.Album.$Properties|null);

            /** Track artist. */
            artist: spotify.metadata.Artist.$Properties[];

            /** Track number. */
            number: number;

            /** Track discNumber. */
            discNumber: number;

            /** Track duration. */
            duration: number;

            /** Track explicit. */
            explicit: boolean;

            /** Track restriction. */
            restriction: spotify.metadata.Restriction.$Properties[];

            /** Track file. */
            file: spotify.metadata.AudioFile.$Properties[];

            /** Track alternative. */
            alternative: spotify.metadata.Track.$Properties[];

            /**
             * Creates a new Track instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Track instance
             */
            static create(properties: spotify.metadata.Track.$Shape): spotify.metadata.Track & spotify.metadata.Track.$Shape;
            static create(properties?: spotify.metadata.Track.$Properties): spotify.metadata.Track;

            /**
             * Encodes the specified Track message. Does not implicitly {@link spotify.metadata.Track.verify|verify} messages.
             * @param message Track message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.metadata.Track.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Track message, length delimited. Does not implicitly {@link spotify.metadata.Track.verify|verify} messages.
             * @param message Track message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.metadata.Track.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Track message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.metadata.Track & spotify.metadata.Track.$Shape} Track
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.metadata.Track & spotify.metadata.Track.$Shape;

            /**
             * Decodes a Track message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.metadata.Track & spotify.metadata.Track.$Shape} Track
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.metadata.Track & spotify.metadata.Track.$Shape;

            /**
             * Verifies a Track message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Track message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Track
             */
            static fromObject(object: { [k: string]: any }): spotify.metadata.Track;

            /**
             * Creates a plain object from a Track message. Also converts values to other types if specified.
             * @param message Track
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.metadata.Track, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Track to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Track
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Track {

            /** Properties of a Track. */
            interface $Properties {

                /** Track gid */
                gid?: (Uint8Array|null);

                /** Track name */
                name?: (string|null);

                /** Track album */
                album?: (spotify.metadata.Album.$Properties|null);

                /** Track artist */
                artist?: (spotify.metadata.Artist.$Properties[]|null);

                /** Track number */
                number?: (number|null);

                /** Track discNumber */
                discNumber?: (number|null);

                /** Track duration */
                duration?: (number|null);

                /** Track explicit */
                explicit?: (boolean|null);

                /** Track restriction */
                restriction?: (spotify.metadata.Restriction.$Properties[]|null);

                /** Track file */
                file?: (spotify.metadata.AudioFile.$Properties[]|null);

                /** Track alternative */
                alternative?: (spotify.metadata.Track.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Track. */
            type $Shape = spotify.metadata.Track.$Properties;
        }

        /**
         * Properties of an Episode.
         * @deprecated Use spotify.metadata.Episode.$Properties instead.
         */
        interface IEpisode extends spotify.metadata.Episode.$Properties {
        }

        /** Represents an Episode. */
        class Episode {

            /**
             * Constructs a new Episode.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.metadata.Episode.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Episode gid. */
            gid: Uint8Array;

            /** Episode name. */
            name: string;

            /** Episode duration. */
            duration: number;

            /** Episode audio. */
            audio: spotify.metadata.AudioFile.$Properties[];

            /** Episode show. */
            show?: (spotify.metadata.Show.$Properties|null);

            /** Episode restriction. */
            restriction: spotify.metadata.Restriction.$Properties[];

            /** Episode externalUrl. */
            externalUrl: string;

            /**
             * Creates a new Episode instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Episode instance
             */
            static create(properties: spotify.metadata.Episode.$Shape): spotify.metadata.Episode & spotify.metadata.Episode.$Shape;
            static create(properties?: spotify.metadata.Episode.$Properties): spotify.metadata.Episode;

            /**
             * Encodes the specified Episode message. Does not implicitly {@link spotify.metadata.Episode.verify|verify} messages.
             * @param message Episode message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.metadata.Episode.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Episode message, length delimited. Does not implicitly {@link spotify.metadata.Episode.verify|verify} messages.
             * @param message Episode message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.metadata.Episode.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Episode message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.metadata.Episode & spotify.metadata.Episode.$Shape} Episode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.metadata.Episode & spotify.metadata.Episode.$Shape;

            /**
             * Decodes an Episode message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.metadata.Episode & spotify.metadata.Episode.$Shape} Episode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.metadata.Episode & spotify.metadata.Episode.$Shape;

            /**
             * Verifies an Episode message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Episode message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Episode
             */
            static fromObject(object: { [k: string]: any }): spotify.metadata.Episode;

            /**
             * Creates a plain object from an Episode message. Also converts values to other types if specified.
             * @param message Episode
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.metadata.Episode, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Episode to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Episode
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Episode {

            /** Properties of an Episode. */
            interface $Properties {

                /** Episode gid */
                gid?: (Uint8Array|null);

                /** Episode name */
                name?: (string|null);

                /** Episode duration */
                duration?: (number|null);

                /** Episode audio */
                audio?: (spotify.metadata.AudioFile.$Properties[]|null);

                /** Episode show */
                show?: (spotify.metadata.Show.$Properties|null);

                /** Episode restriction */
                restriction?: (spotify.metadata.Restriction.$Properties[]|null);

                /** Episode externalUrl */
                externalUrl?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Episode. */
            type $Shape = spotify.metadata.Episode.$Properties;
        }
    }
}
