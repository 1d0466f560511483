import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace spotify. */
export namespace spotify {

    /** Namespace player. */
    namespace player {

        /**
         * Properties of an AutoplayContextRequest.
         * @deprecated Use spotify.player.AutoplayContextRequest.$Properties instead.
         */
        interface IAutoplayContextRequest extends spotify.player.AutoplayContextRequest.$Properties {
        }

        /** Represents an AutoplayContextRequest. */
        class AutoplayContextRequest {

            /**
             * Constructs a new AutoplayContextRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.player.AutoplayContextRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AutoplayContextRequest contextUri. */
            contextUri: string;

            /** AutoplayContextRequest recentTrackUri. */
            recentTrackUri: string[];

            /** AutoplayContextRequest isVideo. */
            isVideo: boolean;

            /**
             * Creates a new AutoplayContextRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AutoplayContextRequest instance
             */
            static create(properties: spotify.player.AutoplayContextRequest.$Shape): spotify.player.AutoplayContextRequest & spotify.player.AutoplayContextRequest.$Shape;
            static create(properties?: spotify.player.AutoplayContextRequest.$Properties): spotify.player.AutoplayContextRequest;

            /**
             * Encodes the specified AutoplayContextRequest message. Does not implicitly {@link spotify.player.AutoplayContextRequest.verify|verify} messages.
             * @param message AutoplayContextRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.player.AutoplayContextRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified AutoplayContextRequest message, length delimited. Does not implicitly {@link spotify.player.AutoplayContextRequest.verify|verify} messages.
             * @param message AutoplayContextRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.player.AutoplayContextRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AutoplayContextRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.player.AutoplayContextRequest & spotify.player.AutoplayContextRequest.$Shape} AutoplayContextRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.player.AutoplayContextRequest & spotify.player.AutoplayContextRequest.$Shape;

            /**
             * Decodes an AutoplayContextRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.player.AutoplayContextRequest & spotify.player.AutoplayContextRequest.$Shape} AutoplayContextRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.player.AutoplayContextRequest & spotify.player.AutoplayContextRequest.$Shape;

            /**
             * Verifies an AutoplayContextRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AutoplayContextRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AutoplayContextRequest
             */
            static fromObject(object: { [k: string]: any }): spotify.player.AutoplayContextRequest;

            /**
             * Creates a plain object from an AutoplayContextRequest message. Also converts values to other types if specified.
             * @param message AutoplayContextRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.player.AutoplayContextRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AutoplayContextRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AutoplayContextRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AutoplayContextRequest {

            /** Properties of an AutoplayContextRequest. */
            interface $Properties {

                /** AutoplayContextRequest contextUri */
                contextUri: string;

                /** AutoplayContextRequest recentTrackUri */
                recentTrackUri?: (string[]|null);

                /** AutoplayContextRequest isVideo */
                isVideo?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AutoplayContextRequest. */
            type $Shape = spotify.player.AutoplayContextRequest.$Properties;
        }
    }

    /** Namespace connectstate. */
    namespace connectstate {

        /**
         * Properties of a ContextIndex.
         * @deprecated Use spotify.connectstate.ContextIndex.$Properties instead.
         */
        interface IContextIndex extends spotify.connectstate.ContextIndex.$Properties {
        }

        /** Represents a ContextIndex. */
        class ContextIndex {

            /**
             * Constructs a new ContextIndex.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.connectstate.ContextIndex.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ContextIndex page. */
            page: number;

            /** ContextIndex track. */
            track: number;

            /**
             * Creates a new ContextIndex instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ContextIndex instance
             */
            static create(properties: spotify.connectstate.ContextIndex.$Shape): spotify.connectstate.ContextIndex & spotify.connectstate.ContextIndex.$Shape;
            static create(properties?: spotify.connectstate.ContextIndex.$Properties): spotify.connectstate.ContextIndex;

            /**
             * Encodes the specified ContextIndex message. Does not implicitly {@link spotify.connectstate.ContextIndex.verify|verify} messages.
             * @param message ContextIndex message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.connectstate.ContextIndex.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ContextIndex message, length delimited. Does not implicitly {@link spotify.connectstate.ContextIndex.verify|verify} messages.
             * @param message ContextIndex message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.connectstate.ContextIndex.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ContextIndex message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.connectstate.ContextIndex & spotify.connectstate.ContextIndex.$Shape} ContextIndex
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.connectstate.ContextIndex & spotify.connectstate.ContextIndex.$Shape;

            /**
             * Decodes a ContextIndex message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.connectstate.ContextIndex & spotify.connectstate.ContextIndex.$Shape} ContextIndex
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.connectstate.ContextIndex & spotify.connectstate.ContextIndex.$Shape;

            /**
             * Verifies a ContextIndex message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ContextIndex message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ContextIndex
             */
            static fromObject(object: { [k: string]: any }): spotify.connectstate.ContextIndex;

            /**
             * Creates a plain object from a ContextIndex message. Also converts values to other types if specified.
             * @param message ContextIndex
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.connectstate.ContextIndex, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ContextIndex to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ContextIndex
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ContextIndex {

            /** Properties of a ContextIndex. */
            interface $Properties {

                /** ContextIndex page */
                page?: (number|null);

                /** ContextIndex track */
                track?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ContextIndex. */
            type $Shape = spotify.connectstate.ContextIndex.$Properties;
        }

        /**
         * Properties of a ProvidedTrack.
         * @deprecated Use spotify.connectstate.ProvidedTrack.$Properties instead.
         */
        interface IProvidedTrack extends spotify.connectstate.ProvidedTrack.$Properties {
        }

        /** Represents a ProvidedTrack. */
        class ProvidedTrack {

            /**
             * Constructs a new ProvidedTrack.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.connectstate.ProvidedTrack.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ProvidedTrack uri. */
            uri: string;

            /** ProvidedTrack uid. */
            uid: string;

            /** ProvidedTrack metadata. */
            metadata: { [k: string]: string };

            /** ProvidedTrack provider. */
            provider: string;

            /** ProvidedTrack albumUri. */
            albumUri: string;

            /** ProvidedTrack artistUri. */
            artistUri: string;

            /**
             * Creates a new ProvidedTrack instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ProvidedTrack instance
             */
            static create(properties: spotify.connectstate.ProvidedTrack.$Shape): spotify.connectstate.ProvidedTrack & spotify.connectstate.ProvidedTrack.$Shape;
            static create(properties?: spotify.connectstate.ProvidedTrack.$Properties): spotify.connectstate.ProvidedTrack;

            /**
             * Encodes the specified ProvidedTrack message. Does not implicitly {@link spotify.connectstate.ProvidedTrack.verify|verify} messages.
             * @param message ProvidedTrack message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.connectstate.ProvidedTrack.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ProvidedTrack message, length delimited. Does not implicitly {@link spotify.connectstate.ProvidedTrack.verify|verify} messages.
             * @param message ProvidedTrack message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.connectstate.ProvidedTrack.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ProvidedTrack message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.connectstate.ProvidedTrack & spotify.connectstate.ProvidedTrack.$Shape} ProvidedTrack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.connectstate.ProvidedTrack & spotify.connectstate.ProvidedTrack.$Shape;

            /**
             * Decodes a ProvidedTrack message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.connectstate.ProvidedTrack & spotify.connectstate.ProvidedTrack.$Shape} ProvidedTrack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.connectstate.ProvidedTrack & spotify.connectstate.ProvidedTrack.$Shape;

            /**
             * Verifies a ProvidedTrack message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ProvidedTrack message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ProvidedTrack
             */
            static fromObject(object: { [k: string]: any }): spotify.connectstate.ProvidedTrack;

            /**
             * Creates a plain object from a ProvidedTrack message. Also converts values to other types if specified.
             * @param message ProvidedTrack
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.connectstate.ProvidedTrack, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ProvidedTrack to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ProvidedTrack
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ProvidedTrack {

            /** Properties of a ProvidedTrack. */
            interface $Properties {

                /** ProvidedTrack uri */
                uri?: (string|null);

                /** ProvidedTrack uid */
                uid?: (string|null);

                /** ProvidedTrack metadata */
                metadata?: ({ [k: string]: string }|null);

                /** ProvidedTrack provider */
                provider?: (string|null);

                /** ProvidedTrack albumUri */
                albumUri?: (string|null);

                /** ProvidedTrack artistUri */
                artistUri?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ProvidedTrack. */
            type $Shape = spotify.connectstate.ProvidedTrack.$Properties;
        }

        /**
         * Properties of a ContextPlayerOptions.
         * @deprecated Use spotify.connectstate.ContextPlayerOptions.$Properties instead.
         */
        interface IContextPlayerOptions extends spotify.connectstate.ContextPlayerOptions.$Properties {
        }

        /** Represents a ContextPlayerOptions. */
        class ContextPlayerOptions {

            /**
             * Constructs a new ContextPlayerOptions.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.connectstate.ContextPlayerOptions.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ContextPlayerOptions shufflingContext. */
            shufflingContext: boolean;

            /** ContextPlayerOptions repeatingContext. */
            repeatingContext: boolean;

            /** ContextPlayerOptions repeatingTrack. */
            repeatingTrack: boolean;

            /**
             * Creates a new ContextPlayerOptions instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ContextPlayerOptions instance
             */
            static create(properties: spotify.connectstate.ContextPlayerOptions.$Shape): spotify.connectstate.ContextPlayerOptions & spotify.connectstate.ContextPlayerOptions.$Shape;
            static create(properties?: spotify.connectstate.ContextPlayerOptions.$Properties): spotify.connectstate.ContextPlayerOptions;

            /**
             * Encodes the specified ContextPlayerOptions message. Does not implicitly {@link spotify.connectstate.ContextPlayerOptions.verify|verify} messages.
             * @param message ContextPlayerOptions message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.connectstate.ContextPlayerOptions.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ContextPlayerOptions message, length delimited. Does not implicitly {@link spotify.connectstate.ContextPlayerOptions.verify|verify} messages.
             * @param message ContextPlayerOptions message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.connectstate.ContextPlayerOptions.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ContextPlayerOptions message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.connectstate.ContextPlayerOptions & spotify.connectstate.ContextPlayerOptions.$Shape} ContextPlayerOptions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.connectstate.ContextPlayerOptions & spotify.connectstate.ContextPlayerOptions.$Shape;

            /**
             * Decodes a ContextPlayerOptions message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.connectstate.ContextPlayerOptions & spotify.connectstate.ContextPlayerOptions.$Shape} ContextPlayerOptions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.connectstate.ContextPlayerOptions & spotify.connectstate.ContextPlayerOptions.$Shape;

            /**
             * Verifies a ContextPlayerOptions message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ContextPlayerOptions message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ContextPlayerOptions
             */
            static fromObject(object: { [k: string]: any }): spotify.connectstate.ContextPlayerOptions;

            /**
             * Creates a plain object from a ContextPlayerOptions message. Also converts values to other types if specified.
             * @param message ContextPlayerOptions
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.connectstate.ContextPlayerOptions, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ContextPlayerOptions to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ContextPlayerOptions
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ContextPlayerOptions {

            /** Properties of a ContextPlayerOptions. */
            interface $Properties {

                /** ContextPlayerOptions shufflingContext */
                shufflingContext?: (boolean|null);

                /** ContextPlayerOptions repeatingContext */
                repeatingContext?: (boolean|null);

                /** ContextPlayerOptions repeatingTrack */
                repeatingTrack?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ContextPlayerOptions. */
            type $Shape = spotify.connectstate.ContextPlayerOptions.$Properties;
        }

        /**
         * Properties of a Restrictions.
         * @deprecated Use spotify.connectstate.Restrictions.$Properties instead.
         */
        interface IRestrictions extends spotify.connectstate.Restrictions.$Properties {
        }

        /** Represents a Restrictions. */
        class Restrictions {

            /**
             * Constructs a new Restrictions.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.connectstate.Restrictions.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Restrictions disallowPausingReasons. */
            disallowPausingReasons: string[];

            /** Restrictions disallowResumingReasons. */
            disallowResumingReasons: string[];

            /** Restrictions disallowSeekingReasons. */
            disallowSeekingReasons: string[];

            /** Restrictions disallowPeekingPrevReasons. */
            disallowPeekingPrevReasons: string[];

            /** Restrictions disallowPeekingNextReasons. */
            disallowPeekingNextReasons: string[];

            /** Restrictions disallowSkippingPrevReasons. */
            disallowSkippingPrevReasons: string[];

            /** Restrictions disallowSkippingNextReasons. */
            disallowSkippingNextReasons: string[];

            /** Restrictions disallowTogglingRepeatContextReasons. */
            disallowTogglingRepeatContextReasons: string[];

            /** Restrictions disallowTogglingRepeatTrackReasons. */
            disallowTogglingRepeatTrackReasons: string[];

            /** Restrictions disallowTogglingShuffleReasons. */
            disallowTogglingShuffleReasons: string[];

            /**
             * Creates a new Restrictions instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Restrictions instance
             */
            static create(properties: spotify.connectstate.Restrictions.$Shape): spotify.connectstate.Restrictions & spotify.connectstate.Restrictions.$Shape;
            static create(properties?: spotify.connectstate.Restrictions.$Properties): spotify.connectstate.Restrictions;

            /**
             * Encodes the specified Restrictions message. Does not implicitly {@link spotify.connectstate.Restrictions.verify|verify} messages.
             * @param message Restrictions message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.connectstate.Restrictions.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Restrictions message, length delimited. Does not implicitly {@link spotify.connectstate.Restrictions.verify|verify} messages.
             * @param message Restrictions message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.connectstate.Restrictions.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Restrictions message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.connectstate.Restrictions & spotify.connectstate.Restrictions.$Shape} Restrictions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.connectstate.Restrictions & spotify.connectstate.Restrictions.$Shape;

            /**
             * Decodes a Restrictions message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.connectstate.Restrictions & spotify.connectstate.Restrictions.$Shape} Restrictions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.connectstate.Restrictions & spotify.connectstate.Restrictions.$Shape;

            /**
             * Verifies a Restrictions message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Restrictions message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Restrictions
             */
            static fromObject(object: { [k: string]: any }): spotify.connectstate.Restrictions;

            /**
             * Creates a plain object from a Restrictions message. Also converts values to other types if specified.
             * @param message Restrictions
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.connectstate.Restrictions, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Restrictions to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Restrictions
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Restrictions {

            /** Properties of a Restrictions. */
            interface $Properties {

                /** Restrictions disallowPausingReasons */
                disallowPausingReasons?: (string[]|null);

                /** Restrictions disallowResumingReasons */
                disallowResumingReasons?: (string[]|null);

                /** Restrictions disallowSeekingReasons */
                disallowSeekingReasons?: (string[]|null);

                /** Restrictions disallowPeekingPrevReasons */
                disallowPeekingPrevReasons?: (string[]|null);

                /** Restrictions disallowPeekingNextReasons */
                disallowPeekingNextReasons?: (string[]|null);

                /** Restrictions disallowSkippingPrevReasons */
                disallowSkippingPrevReasons?: (string[]|null);

                /** Restrictions disallowSkippingNextReasons */
                disallowSkippingNextReasons?: (string[]|null);

                /** Restrictions disallowTogglingRepeatContextReasons */
                disallowTogglingRepeatContextReasons?: (string[]|null);

                /** Restrictions disallowTogglingRepeatTrackReasons */
                disallowTogglingRepeatTrackReasons?: (string[]|null);

                /** Restrictions disallowTogglingShuffleReasons */
                disallowTogglingShuffleReasons?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Restrictions. */
            type $Shape = spotify.connectstate.Restrictions.$Properties;
        }

        /**
         * Properties of a PlayOrigin.
         * @deprecated Use spotify.connectstate.PlayOrigin.$Properties instead.
         */
        interface IPlayOrigin extends spotify.connectstate.PlayOrigin.$Properties {
        }

        /** Represents a PlayOrigin. */
        class PlayOrigin {

            /**
             * Constructs a new PlayOrigin.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.connectstate.PlayOrigin.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PlayOrigin featureIdentifier. */
            featureIdentifier: string;

            /** PlayOrigin featureVersion. */
            featureVersion: string;

            /** PlayOrigin viewUri. */
            viewUri: string;

            /** PlayOrigin externalReferrer. */
            externalReferrer: string;

            /** PlayOrigin referrerIdentifier. */
            referrerIdentifier: string;

            /** PlayOrigin deviceIdentifier. */
            deviceIdentifier: string;

            /** PlayOrigin featureClasses. */
            featureClasses: string[];

            /** PlayOrigin restrictionIdentifier. */
            restrictionIdentifier: string;

            /**
             * Creates a new PlayOrigin instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PlayOrigin instance
             */
            static create(properties: spotify.connectstate.PlayOrigin.$Shape): spotify.connectstate.PlayOrigin & spotify.connectstate.PlayOrigin.$Shape;
            static create(properties?: spotify.connectstate.PlayOrigin.$Properties): spotify.connectstate.PlayOrigin;

            /**
             * Encodes the specified PlayOrigin message. Does not implicitly {@link spotify.connectstate.PlayOrigin.verify|verify} messages.
             * @param message PlayOrigin message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.connectstate.PlayOrigin.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PlayOrigin message, length delimited. Does not implicitly {@link spotify.connectstate.PlayOrigin.verify|verify} messages.
             * @param message PlayOrigin message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.connectstate.PlayOrigin.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PlayOrigin message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.connectstate.PlayOrigin & spotify.connectstate.PlayOrigin.$Shape} PlayOrigin
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.connectstate.PlayOrigin & spotify.connectstate.PlayOrigin.$Shape;

            /**
             * Decodes a PlayOrigin message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.connectstate.PlayOrigin & spotify.connectstate.PlayOrigin.$Shape} PlayOrigin
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.connectstate.PlayOrigin & spotify.connectstate.PlayOrigin.$Shape;

            /**
             * Verifies a PlayOrigin message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PlayOrigin message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PlayOrigin
             */
            static fromObject(object: { [k: string]: any }): spotify.connectstate.PlayOrigin;

            /**
             * Creates a plain object from a PlayOrigin message. Also converts values to other types if specified.
             * @param message PlayOrigin
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.connectstate.PlayOrigin, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PlayOrigin to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PlayOrigin
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PlayOrigin {

            /** Properties of a PlayOrigin. */
            interface $Properties {

                /** PlayOrigin featureIdentifier */
                featureIdentifier?: (string|null);

                /** PlayOrigin featureVersion */
                featureVersion?: (string|null);

                /** PlayOrigin viewUri */
                viewUri?: (string|null);

                /** PlayOrigin externalReferrer */
                externalReferrer?: (string|null);

                /** PlayOrigin referrerIdentifier */
                referrerIdentifier?: (string|null);

                /** PlayOrigin deviceIdentifier */
                deviceIdentifier?: (string|null);

                /** PlayOrigin featureClasses */
                featureClasses?: (string[]|null);

                /** PlayOrigin restrictionIdentifier */
                restrictionIdentifier?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PlayOrigin. */
            type $Shape = spotify.connectstate.PlayOrigin.$Properties;
        }

        /**
         * Properties of a PlayerState.
         * @deprecated Use spotify.connectstate.PlayerState.$Properties instead.
         */
        interface IPlayerState extends spotify.connectstate.PlayerState.$Properties {
        }

        /** Represents a PlayerState. */
        class PlayerState {

            /**
             * Constructs a new PlayerState.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.connectstate.PlayerState.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PlayerState timestamp. */
            timestamp: (number|Long);

            /** PlayerState contextUri. */
            contextUri: string;

            /** PlayerState contextUrl. */
            contextUrl: string;

            /** PlayerState contextRestrictions. */
            contextRestrictions?: (spotify.connectstate.Restrictions.$Properties|null);

            /** PlayerState playOrigin. */
            playOrigin?: (spotify.connectstate.PlayOrigin.$Properties|null);

            /** PlayerState index. */
            index?: (spotify.connectstate.ContextIndex.$Properties|null);

            /** PlayerState track. */
            track?: (spotify.connectstate.ProvidedTrack.$Properties|null);

            /** PlayerState playbackId. */
            playbackId: string;

            /** PlayerState playbackSpeed. */
            playbackSpeed: number;

            /** PlayerState positionAsOfTimestamp. */
            positionAsOfTimestamp: (number|Long);

            /** PlayerState duration. */
            duration: (number|Long);

            /** PlayerState isPlaying. */
            isPlaying: boolean;

            /** PlayerState isPaused. */
            isPaused: boolean;

            /** PlayerState isBuffering. */
            isBuffering: boolean;

            /** PlayerState isSystemInitiated. */
            isSystemInitiated: boolean;

            /** PlayerState options. */
            options?: (spotify.connectstate.ContextPlayerOptions.$Properties|null);

            /** PlayerState restrictions. */
            restrictions?: (spotify.connectstate.Restrictions.$Properties|null);

            /** PlayerState prevTracks. */
            prevTracks: spotify.connectstate.ProvidedTrack.$Properties[];

            /** PlayerState nextTracks. */
            nextTracks: spotify.connectstate.ProvidedTrack.$Properties[];

            /** PlayerState contextMetadata. */
            contextMetadata: { [k: string]: string };

            /** PlayerState pageMetadata. */
            pageMetadata: { [k: string]: string };

            /** PlayerState sessionId. */
            sessionId: string;

            /** PlayerState queueRevision. */
            queueRevision: string;

            /** PlayerState position. */
            position: (number|Long);

            /**
             * Creates a new PlayerState instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PlayerState instance
             */
            static create(properties: spotify.connectstate.PlayerState.$Shape): spotify.connectstate.PlayerState & spotify.connectstate.PlayerState.$Shape;
            static create(properties?: spotify.connectstate.PlayerState.$Properties): spotify.connectstate.PlayerState;

            /**
             * Encodes the specified PlayerState message. Does not implicitly {@link spotify.connectstate.PlayerState.verify|verify} messages.
             * @param message PlayerState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.connectstate.PlayerState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PlayerState message, length delimited. Does not implicitly {@link spotify.connectstate.PlayerState.verify|verify} messages.
             * @param message PlayerState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.connectstate.PlayerState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PlayerState message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.connectstate.PlayerState & spotify.connectstate.PlayerState.$Shape} PlayerState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.connectstate.PlayerState & spotify.connectstate.PlayerState.$Shape;

            /**
             * Decodes a PlayerState message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.connectstate.PlayerState & spotify.connectstate.PlayerState.$Shape} PlayerState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.connectstate.PlayerState & spotify.connectstate.PlayerState.$Shape;

            /**
             * Verifies a PlayerState message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PlayerState message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PlayerState
             */
            static fromObject(object: { [k: string]: any }): spotify.connectstate.PlayerState;

            /**
             * Creates a plain object from a PlayerState message. Also converts values to other types if specified.
             * @param message PlayerState
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.connectstate.PlayerState, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PlayerState to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PlayerState
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PlayerState {

            /** Properties of a PlayerState. */
            interface $Properties {

                /** PlayerState timestamp */
                timestamp?: (number|Long|null);

                /** PlayerState contextUri */
                contextUri?: (string|null);

                /** PlayerState contextUrl */
                contextUrl?: (string|null);

                /** PlayerState contextRestrictions */
                contextRestrictions?: (spotify.connectstate.Restrictions.$Properties|null);

                /** PlayerState playOrigin */
                playOrigin?: (spotify.connectstate.PlayOrigin.$Properties|null);

                /** PlayerState index */
                index?: (spotify.connectstate.ContextIndex.$Properties|null);

                /** PlayerState track */
                track?: (spotify.connectstate.ProvidedTrack.$Properties|null);

                /** PlayerState playbackId */
                playbackId?: (string|null);

                /** PlayerState playbackSpeed */
                playbackSpeed?: (number|null);

                /** PlayerState positionAsOfTimestamp */
                positionAsOfTimestamp?: (number|Long|null);

                /** PlayerState duration */
                duration?: (number|Long|null);

                /** PlayerState isPlaying */
                isPlaying?: (boolean|null);

                /** PlayerState isPaused */
                isPaused?: (boolean|null);

                /** PlayerState isBuffering */
                isBuffering?: (boolean|null);

                /** PlayerState isSystemInitiated */
                isSystemInitiated?: (boolean|null);

                /** PlayerState options */
                options?: (spotify.connectstate.ContextPlayerOptions.$Properties|null);

                /** PlayerState restrictions */
                restrictions?: (spotify.connectstate.Restrictions.$Properties|null);

                /** PlayerState prevTracks */
                prevTracks?: (spotify.connectstate.ProvidedTrack.$Properties[]|null);

                /** PlayerState nextTracks */
                nextTracks?: (spotify.connectstate.ProvidedTrack.$Properties[]|null);

                /** PlayerState contextMetadata */
                contextMetadata?: ({ [k: string]: string }|null);

                /** PlayerState pageMetadata */
                pageMetadata?: ({ [k: string]: string }|null);

                /** PlayerState sessionId */
                sessionId?: (string|null);

                /** PlayerState queueRevision */
                queueRevision?: (string|null);

                /** PlayerState position */
                position?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PlayerState. */
            type $Shape = spotify.connectstate.PlayerState.$Properties;
        }

        /**
         * Properties of a Capabilities.
         * @deprecated Use spotify.connectstate.Capabilities.$Properties instead.
         */
        interface ICapabilities extends spotify.connectstate.Capabilities.$Properties {
        }

        /** Represents a Capabilities. */
        class Capabilities {

            /**
             * Constructs a new Capabilities.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.connectstate.Capabilities.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Capabilities canBePlayer. */
            canBePlayer: boolean;

            /** Capabilities restrictToLocal. */
            restrictToLocal: boolean;

            /** Capabilities gaiaEqConnectId. */
            gaiaEqConnectId: boolean;

            /** Capabilities supportsLogout. */
            supportsLogout: boolean;

            /** Capabilities isObservable. */
            isObservable: boolean;

            /** Capabilities volumeSteps. */
            volumeSteps: number;

            /** Capabilities supportedTypes. */
            supportedTypes: string[];

            /** Capabilities commandAcks. */
            commandAcks: boolean;

            /** Capabilities supportsRename. */
            supportsRename: boolean;

            /** Capabilities hidden. */
            hidden: boolean;

            /** Capabilities disableVolume. */
            disableVolume: boolean;

            /** Capabilities connectDisabled. */
            connectDisabled: boolean;

            /** Capabilities supportsPlaylistV2. */
            supportsPlaylistV2: boolean;

            /** Capabilities isControllable. */
            isControllable: boolean;

            /** Capabilities supportsExternalEpisodes. */
            supportsExternalEpisodes: boolean;

            /** Capabilities supportsSetBackendMetadata. */
            supportsSetBackendMetadata: boolean;

            /** Capabilities supportsTransferCommand. */
            supportsTransferCommand: boolean;

            /** Capabilities supportsCommandRequest. */
            supportsCommandRequest: boolean;

            /** Capabilities isVoiceEnabled. */
            isVoiceEnabled: boolean;

            /** Capabilities needsFullPlayerState. */
            needsFullPlayerState: boolean;

            /** Capabilities supportsGzipPushes. */
            supportsGzipPushes: boolean;

            /** Capabilities supportsSetOptionsCommand. */
            supportsSetOptionsCommand: boolean;

            /** Capabilities supportsRooms. */
            supportsRooms: boolean;

            /** Capabilities supportsDj. */
            supportsDj: boolean;

            /** Capabilities supportedAudioQuality. */
            supportedAudioQuality: number;

            /**
             * Creates a new Capabilities instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Capabilities instance
             */
            static create(properties: spotify.connectstate.Capabilities.$Shape): spotify.connectstate.Capabilities & spotify.connectstate.Capabilities.$Shape;
            static create(properties?: spotify.connectstate.Capabilities.$Properties): spotify.connectstate.Capabilities;

            /**
             * Encodes the specified Capabilities message. Does not implicitly {@link spotify.connectstate.Capabilities.verify|verify} messages.
             * @param message Capabilities message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.connectstate.Capabilities.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Capabilities message, length delimited. Does not implicitly {@link spotify.connectstate.Capabilities.verify|verify} messages.
             * @param message Capabilities message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.connectstate.Capabilities.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Capabilities message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.connectstate.Capabilities & spotify.connectstate.Capabilities.$Shape} Capabilities
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.connectstate.Capabilities & spotify.connectstate.Capabilities.$Shape;

            /**
             * Decodes a Capabilities message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.connectstate.Capabilities & spotify.connectstate.Capabilities.$Shape} Capabilities
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.connectstate.Capabilities & spotify.connectstate.Capabilities.$Shape;

            /**
             * Verifies a Capabilities message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Capabilities message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Capabilities
             */
            static fromObject(object: { [k: string]: any }): spotify.connectstate.Capabilities;

            /**
             * Creates a plain object from a Capabilities message. Also converts values to other types if specified.
             * @param message Capabilities
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.connectstate.Capabilities, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Capabilities to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Capabilities
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Capabilities {

            /** Properties of a Capabilities. */
            interface $Properties {

                /** Capabilities canBePlayer */
                canBePlayer?: (boolean|null);

                /** Capabilities restrictToLocal */
                restrictToLocal?: (boolean|null);

                /** Capabilities gaiaEqConnectId */
                gaiaEqConnectId?: (boolean|null);

                /** Capabilities supportsLogout */
                supportsLogout?: (boolean|null);

                /** Capabilities isObservable */
                isObservable?: (boolean|null);

                /** Capabilities volumeSteps */
                volumeSteps?: (number|null);

                /** Capabilities supportedTypes */
                supportedTypes?: (string[]|null);

                /** Capabilities commandAcks */
                commandAcks?: (boolean|null);

                /** Capabilities supportsRename */
                supportsRename?: (boolean|null);

                /** Capabilities hidden */
                hidden?: (boolean|null);

                /** Capabilities disableVolume */
                disableVolume?: (boolean|null);

                /** Capabilities connectDisabled */
                connectDisabled?: (boolean|null);

                /** Capabilities supportsPlaylistV2 */
                supportsPlaylistV2?: (boolean|null);

                /** Capabilities isControllable */
                isControllable?: (boolean|null);

                /** Capabilities supportsExternalEpisodes */
                supportsExternalEpisodes?: (boolean|null);

                /** Capabilities supportsSetBackendMetadata */
                supportsSetBackendMetadata?: (boolean|null);

                /** Capabilities supportsTransferCommand */
                supportsTransferCommand?: (boolean|null);

                /** Capabilities supportsCommandRequest */
                supportsCommandRequest?: (boolean|null);

                /** Capabilities isVoiceEnabled */
                isVoiceEnabled?: (boolean|null);

                /** Capabilities needsFullPlayerState */
                needsFullPlayerState?: (boolean|null);

                /** Capabilities supportsGzipPushes */
                supportsGzipPushes?: (boolean|null);

                /** Capabilities supportsSetOptionsCommand */
                supportsSetOptionsCommand?: (boolean|null);

                /** Capabilities supportsRooms */
                supportsRooms?: (boolean|null);

                /** Capabilities supportsDj */
                supportsDj?: (boolean|null);

                /** Capabilities supportedAudioQuality */
                supportedAudioQuality?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Capabilities. */
            type $Shape = spotify.connectstate.Capabilities.$Properties;
        }

        /** DeviceType enum. */
        enum DeviceType {

            /** UNKNOWN value */
            UNKNOWN = 0,

            /** COMPUTER value */
            COMPUTER = 1,

            /** TABLET value */
            TABLET = 2,

            /** SMARTPHONE value */
            SMARTPHONE = 3,

            /** SPEAKER value */
            SPEAKER = 4,

            /** TV value */
            TV = 5,

            /** AVR value */
            AVR = 6,

            /** STB value */
            STB = 7,

            /** AUDIO_DONGLE value */
            AUDIO_DONGLE = 8
        }

        /**
         * Properties of a DeviceInfo.
         * @deprecated Use spotify.connectstate.DeviceInfo.$Properties instead.
         */
        interface IDeviceInfo extends spotify.connectstate.DeviceInfo.$Properties {
        }

        /** Represents a DeviceInfo. */
        class DeviceInfo {

            /**
             * Constructs a new DeviceInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.connectstate.DeviceInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeviceInfo canPlay. */
            canPlay: boolean;

            /** DeviceInfo volume. */
            volume: number;

            /** DeviceInfo name. */
            name: string;

            /** DeviceInfo capabilities. */
            capabilities?: (spotify.connectstate.Capabilities.$Properties|null);

            /** DeviceInfo deviceSoftwareVersion. */
            deviceSoftwareVersion: string;

            /** DeviceInfo deviceType. */
            deviceType: spotify.connectstate.DeviceType;

            /** DeviceInfo spircVersion. */
            spircVersion: string;

            /** DeviceInfo deviceId. */
            deviceId: string;

            /** DeviceInfo clientId. */
            clientId: string;

            /** DeviceInfo brand. */
            brand: string;

            /** DeviceInfo model. */
            model: string;

            /** DeviceInfo metadataMap. */
            metadataMap: { [k: string]: string };

            /** DeviceInfo publicIp. */
            publicIp: string;

            /** DeviceInfo license. */
            license: string;

            /** DeviceInfo isGroup. */
            isGroup: boolean;

            /**
             * Creates a new DeviceInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeviceInfo instance
             */
            static create(properties: spotify.connectstate.DeviceInfo.$Shape): spotify.connectstate.DeviceInfo & spotify.connectstate.DeviceInfo.$Shape;
            static create(properties?: spotify.connectstate.DeviceInfo.$Properties): spotify.connectstate.DeviceInfo;

            /**
             * Encodes the specified DeviceInfo message. Does not implicitly {@link spotify.connectstate.DeviceInfo.verify|verify} messages.
             * @param message DeviceInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.connectstate.DeviceInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DeviceInfo message, length delimited. Does not implicitly {@link spotify.connectstate.DeviceInfo.verify|verify} messages.
             * @param message DeviceInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.connectstate.DeviceInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeviceInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.connectstate.DeviceInfo & spotify.connectstate.DeviceInfo.$Shape} DeviceInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.connectstate.DeviceInfo & spotify.connectstate.DeviceInfo.$Shape;

            /**
             * Decodes a DeviceInfo message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.connectstate.DeviceInfo & spotify.connectstate.DeviceInfo.$Shape} DeviceInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.connectstate.DeviceInfo & spotify.connectstate.DeviceInfo.$Shape;

            /**
             * Verifies a DeviceInfo message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DeviceInfo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DeviceInfo
             */
            static fromObject(object: { [k: string]: any }): spotify.connectstate.DeviceInfo;

            /**
             * Creates a plain object from a DeviceInfo message. Also converts values to other types if specified.
             * @param message DeviceInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.connectstate.DeviceInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DeviceInfo to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DeviceInfo
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeviceInfo {

            /** Properties of a DeviceInfo. */
            interface $Properties {

                /** DeviceInfo canPlay */
                canPlay?: (boolean|null);

                /** DeviceInfo volume */
                volume?: (number|null);

                /** DeviceInfo name */
                name?: (string|null);

                /** DeviceInfo capabilities */
                capabilities?: (spotify.connectstate.Capabilities.$Properties|null);

                /** DeviceInfo deviceSoftwareVersion */
                deviceSoftwareVersion?: (string|null);

                /** DeviceInfo deviceType */
                deviceType?: (spotify.connectstate.DeviceType|null);

                /** DeviceInfo spircVersion */
                spircVersion?: (string|null);

                /** DeviceInfo deviceId */
                deviceId?: (string|null);

                /** DeviceInfo clientId */
                clientId?: (string|null);

                /** DeviceInfo brand */
                brand?: (string|null);

                /** DeviceInfo model */
                model?: (string|null);

                /** DeviceInfo metadataMap */
                metadataMap?: ({ [k: string]: string }|null);

                /** DeviceInfo publicIp */
                publicIp?: (string|null);

                /** DeviceInfo license */
                license?: (string|null);

                /** DeviceInfo isGroup */
                isGroup?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeviceInfo. */
            type $Shape = spotify.connectstate.DeviceInfo.$Properties;
        }

        /**
         * Properties of a PrivateDeviceInfo.
         * @deprecated Use spotify.connectstate.PrivateDeviceInfo.$Properties instead.
         */
        interface IPrivateDeviceInfo extends spotify.connectstate.PrivateDeviceInfo.$Properties {
        }

        /** Represents a PrivateDeviceInfo. */
        class PrivateDeviceInfo {

            /**
             * Constructs a new PrivateDeviceInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.connectstate.PrivateDeviceInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PrivateDeviceInfo platform. */
            platform: string;

            /**
             * Creates a new PrivateDeviceInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PrivateDeviceInfo instance
             */
            static create(properties: spotify.connectstate.PrivateDeviceInfo.$Shape): spotify.connectstate.PrivateDeviceInfo & spotify.connectstate.PrivateDeviceInfo.$Shape;
            static create(properties?: spotify.connectstate.PrivateDeviceInfo.$Properties): spotify.connectstate.PrivateDeviceInfo;

            /**
             * Encodes the specified PrivateDeviceInfo message. Does not implicitly {@link spotify.connectstate.PrivateDeviceInfo.verify|verify} messages.
             * @param message PrivateDeviceInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.connectstate.PrivateDeviceInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PrivateDeviceInfo message, length delimited. Does not implicitly {@link spotify.connectstate.PrivateDeviceInfo.verify|verify} messages.
             * @param message PrivateDeviceInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.connectstate.PrivateDeviceInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PrivateDeviceInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.connectstate.PrivateDeviceInfo & spotify.connectstate.PrivateDeviceInfo.$Shape} PrivateDeviceInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.connectstate.PrivateDeviceInfo & spotify.connectstate.PrivateDeviceInfo.$Shape;

            /**
             * Decodes a PrivateDeviceInfo message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.connectstate.PrivateDeviceInfo & spotify.connectstate.PrivateDeviceInfo.$Shape} PrivateDeviceInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.connectstate.PrivateDeviceInfo & spotify.connectstate.PrivateDeviceInfo.$Shape;

            /**
             * Verifies a PrivateDeviceInfo message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PrivateDeviceInfo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PrivateDeviceInfo
             */
            static fromObject(object: { [k: string]: any }): spotify.connectstate.PrivateDeviceInfo;

            /**
             * Creates a plain object from a PrivateDeviceInfo message. Also converts values to other types if specified.
             * @param message PrivateDeviceInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.connectstate.PrivateDeviceInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PrivateDeviceInfo to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PrivateDeviceInfo
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PrivateDeviceInfo {

            /** Properties of a PrivateDeviceInfo. */
            interface $Properties {

                /** PrivateDeviceInfo platform */
                platform?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PrivateDeviceInfo. */
            type $Shape = spotify.connectstate.PrivateDeviceInfo.$Properties;
        }

        /**
         * Properties of a Device.
         * @deprecated Use spotify.connectstate.Device.$Properties instead.
         */
        interface IDevice extends spotify.connectstate.Device.$Properties {
        }

        /** Represents a Device. */
        class Device {

            /**
             * Constructs a new Device.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.connectstate.Device.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Device deviceInfo. */
            deviceInfo?: (spotify.connectstate.DeviceInfo.$Properties|null);

            /** Device playerState. */
            playerState?: (spotify.connectstate.PlayerState.$Properties|null);

            /** Device privateDeviceInfo. */
            privateDeviceInfo?: (spotify.connectstate.PrivateDeviceInfo.$Properties|null);

            /** Device transferData. */
            transferData: Uint8Array;

            /**
             * Creates a new Device instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Device instance
             */
            static create(properties: spotify.connectstate.Device.$Shape): spotify.connectstate.Device & spotify.connectstate.Device.$Shape;
            static create(properties?: spotify.connectstate.Device.$Properties): spotify.connectstate.Device;

            /**
             * Encodes the specified Device message. Does not implicitly {@link spotify.connectstate.Device.verify|verify} messages.
             * @param message Device message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.connectstate.Device.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Device message, length delimited. Does not implicitly {@link spotify.connectstate.Device.verify|verify} messages.
             * @param message Device message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.connectstate.Device.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Device message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.connectstate.Device & spotify.connectstate.Device.$Shape} Device
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.connectstate.Device & spotify.connectstate.Device.$Shape;

            /**
             * Decodes a Device message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.connectstate.Device & spotify.connectstate.Device.$Shape} Device
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.connectstate.Device & spotify.connectstate.Device.$Shape;

            /**
             * Verifies a Device message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Device message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Device
             */
            static fromObject(object: { [k: string]: any }): spotify.connectstate.Device;

            /**
             * Creates a plain object from a Device message. Also converts values to other types if specified.
             * @param message Device
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.connectstate.Device, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Device to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Device
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Device {

            /** Properties of a Device. */
            interface $Properties {

                /** Device deviceInfo */
                deviceInfo?: (spotify.connectstate.DeviceInfo.$Properties|null);

                /** Device playerState */
                playerState?: (spotify.connectstate.PlayerState.$Properties|null);

                /** Device privateDeviceInfo */
                privateDeviceInfo?: (spotify.connectstate.PrivateDeviceInfo.$Properties|null);

                /** Device transferData */
                transferData?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Device. */
            type $Shape = spotify.connectstate.Device.$Properties;
        }

        /** MemberType enum. */
        enum MemberType {

            /** SPIRC_V2 value */
            SPIRC_V2 = 0,

            /** SPIRC_V3 value */
            SPIRC_V3 = 1,

            /** CONNECT_STATE value */
            CONNECT_STATE = 2,

            /** CONNECT_STATE_EXTENDED value */
            CONNECT_STATE_EXTENDED = 5,

            /** ACTIVE_DEVICE_TRACKER value */
            ACTIVE_DEVICE_TRACKER = 6,

            /** PLAY_TOKEN value */
            PLAY_TOKEN = 7
        }

        /** PutStateReason enum. */
        enum PutStateReason {

            /** UNKNOWN_PUT_STATE_REASON value */
            UNKNOWN_PUT_STATE_REASON = 0,

            /** SPIRC_HELLO value */
            SPIRC_HELLO = 1,

            /** SPIRC_NOTIFY value */
            SPIRC_NOTIFY = 2,

            /** NEW_DEVICE value */
            NEW_DEVICE = 3,

            /** PLAYER_STATE_CHANGED value */
            PLAYER_STATE_CHANGED = 4,

            /** VOLUME_CHANGED value */
            VOLUME_CHANGED = 5,

            /** PICKER_OPENED value */
            PICKER_OPENED = 6,

            /** BECAME_INACTIVE value */
            BECAME_INACTIVE = 7
        }

        /**
         * Properties of a PutStateRequest.
         * @deprecated Use spotify.connectstate.PutStateRequest.$Properties instead.
         */
        interface IPutStateRequest extends spotify.connectstate.PutStateRequest.$Properties {
        }

        /** Represents a PutStateRequest. */
        class PutStateRequest {

            /**
             * Constructs a new PutStateRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.connectstate.PutStateRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PutStateRequest callbackUrl. */
            callbackUrl: string;

            /** PutStateRequest device. */
            device?: (spotify.connectstate.Device.$Properties|null);

            /** PutStateRequest memberType. */
            memberType: spotify.connectstate.MemberType;

            /** PutStateRequest isActive. */
            isActive: boolean;

            /** PutStateRequest putStateReason. */
            putStateReason: spotify.connectstate.PutStateReason;

            /** PutStateRequest messageId. */
            messageId: number;

            /** PutStateRequest lastCommandSentByDeviceId. */
            lastCommandSentByDeviceId: string;

            /** PutStateRequest lastCommandMessageId. */
            lastCommandMessageId: number;

            /** PutStateRequest startedPlayingAt. */
            startedPlayingAt: (number|Long);

            /** PutStateRequest hasBeenPlayingForMs. */
            hasBeenPlayingForMs: (number|Long);

            /** PutStateRequest clientSideTimestamp. */
            clientSideTimestamp: (number|Long);

            /** PutStateRequest onlyWritePlayerState. */
            onlyWritePlayerState: boolean;

            /**
             * Creates a new PutStateRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PutStateRequest instance
             */
            static create(properties: spotify.connectstate.PutStateRequest.$Shape): spotify.connectstate.PutStateRequest & spotify.connectstate.PutStateRequest.$Shape;
            static create(properties?: spotify.connectstate.PutStateRequest.$Properties): spotify.connectstate.PutStateRequest;

            /**
             * Encodes the specified PutStateRequest message. Does not implicitly {@link spotify.connectstate.PutStateRequest.verify|verify} messages.
             * @param message PutStateRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.connectstate.PutStateRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PutStateRequest message, length delimited. Does not implicitly {@link spotify.connectstate.PutStateRequest.verify|verify} messages.
             * @param message PutStateRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.connectstate.PutStateRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PutStateRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.connectstate.PutStateRequest & spotify.connectstate.PutStateRequest.$Shape} PutStateRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.connectstate.PutStateRequest & spotify.connectstate.PutStateRequest.$Shape;

            /**
             * Decodes a PutStateRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.connectstate.PutStateRequest & spotify.connectstate.PutStateRequest.$Shape} PutStateRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.connectstate.PutStateRequest & spotify.connectstate.PutStateRequest.$Shape;

            /**
             * Verifies a PutStateRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PutStateRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PutStateRequest
             */
            static fromObject(object: { [k: string]: any }): spotify.connectstate.PutStateRequest;

            /**
             * Creates a plain object from a PutStateRequest message. Also converts values to other types if specified.
             * @param message PutStateRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.connectstate.PutStateRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PutStateRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PutStateRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PutStateRequest {

            /** Properties of a PutStateRequest. */
            interface $Properties {

                /** PutStateRequest callbackUrl */
                callbackUrl?: (string|null);

                /** PutStateRequest device */
                device?: (spotify.connectstate.Device.$Properties|null);

                /** PutStateRequest memberType */
                memberType?: (spotify.connectstate.MemberType|null);

                /** PutStateRequest isActive */
                isActive?: (boolean|null);

                /** PutStateRequest putStateReason */
                putStateReason?: (spotify.connectstate.PutStateReason|null);

                /** PutStateRequest messageId */
                messageId?: (number|null);

                /** PutStateRequest lastCommandSentByDeviceId */
                lastCommandSentByDeviceId?: (string|null);

                /** PutStateRequest lastCommandMessageId */
                lastCommandMessageId?: (number|null);

                /** PutStateRequest startedPlayingAt */
                startedPlayingAt?: (number|Long|null);

                /** PutStateRequest hasBeenPlayingForMs */
                hasBeenPlayingForMs?: (number|Long|null);

                /** PutStateRequest clientSideTimestamp */
                clientSideTimestamp?: (number|Long|null);

                /** PutStateRequest onlyWritePlayerState */
                onlyWritePlayerState?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PutStateRequest. */
            type $Shape = spotify.connectstate.PutStateRequest.$Properties;
        }

        /**
         * Properties of a Cluster.
         * @deprecated Use spotify.connectstate.Cluster.$Properties instead.
         */
        interface ICluster extends spotify.connectstate.Cluster.$Properties {
        }

        /** Represents a Cluster. */
        class Cluster {

            /**
             * Constructs a new Cluster.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.connectstate.Cluster.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Cluster changedTimestampMs. */
            changedTimestampMs: (number|Long);

            /** Cluster activeDeviceId. */
            activeDeviceId: string;

            /** Cluster playerState. */
            playerState?: (spotify.connectstate.PlayerState.$Properties|null);

            /** Cluster device. */
            device: { [k: string]: spotify.connectstate.DeviceInfo.$Properties };

            /** Cluster transferData. */
            transferData: Uint8Array;

            /** Cluster transferDataTimestamp. */
            transferDataTimestamp: (number|Long);

            /** Cluster needFullPlayerState. */
            needFullPlayerState: boolean;

            /** Cluster serverTimestampMs. */
            serverTimestampMs: (number|Long);

            /**
             * Creates a new Cluster instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Cluster instance
             */
            static create(properties: spotify.connectstate.Cluster.$Shape): spotify.connectstate.Cluster & spotify.connectstate.Cluster.$Shape;
            static create(properties?: spotify.connectstate.Cluster.$Properties): spotify.connectstate.Cluster;

            /**
             * Encodes the specified Cluster message. Does not implicitly {@link spotify.connectstate.Cluster.verify|verify} messages.
             * @param message Cluster message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.connectstate.Cluster.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Cluster message, length delimited. Does not implicitly {@link spotify.connectstate.Cluster.verify|verify} messages.
             * @param message Cluster message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.connectstate.Cluster.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Cluster message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.connectstate.Cluster & spotify.connectstate.Cluster.$Shape} Cluster
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.connectstate.Cluster & spotify.connectstate.Cluster.$Shape;

            /**
             * Decodes a Cluster message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.connectstate.Cluster & spotify.connectstate.Cluster.$Shape} Cluster
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.connectstate.Cluster & spotify.connectstate.Cluster.$Shape;

            /**
             * Verifies a Cluster message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Cluster message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Cluster
             */
            static fromObject(object: { [k: string]: any }): spotify.connectstate.Cluster;

            /**
             * Creates a plain object from a Cluster message. Also converts values to other types if specified.
             * @param message Cluster
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.connectstate.Cluster, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Cluster to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Cluster
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Cluster {

            /** Properties of a Cluster. */
            interface $Properties {

                /** Cluster changedTimestampMs */
                changedTimestampMs?: (number|Long|null);

                /** Cluster activeDeviceId */
                activeDeviceId?: (string|null);

                /** Cluster playerState */
                playerState?: (spotify.connectstate.PlayerState.$Properties|null);

                /** Cluster device */
                device?: ({ [k: string]: spotify.connectstate.DeviceInfo.$Properties }|null);

                /** Cluster transferData */
                transferData?: (Uint8Array|null);

                /** Cluster transferDataTimestamp */
                transferDataTimestamp?: (number|Long|null);

                /** Cluster needFullPlayerState */
                needFullPlayerState?: (boolean|null);

                /** Cluster serverTimestampMs */
                serverTimestampMs?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Cluster. */
            type $Shape = spotify.connectstate.Cluster.$Properties;
        }

        /** ClusterUpdateReason enum. */
        enum ClusterUpdateReason {

            /** UNKNOWN_CLUSTER_UPDATE_REASON value */
            UNKNOWN_CLUSTER_UPDATE_REASON = 0,

            /** DEVICES_DISAPPEARED value */
            DEVICES_DISAPPEARED = 1,

            /** DEVICE_STATE_CHANGED value */
            DEVICE_STATE_CHANGED = 2,

            /** NEW_DEVICE_APPEARED value */
            NEW_DEVICE_APPEARED = 3,

            /** DEVICE_VOLUME_CHANGED value */
            DEVICE_VOLUME_CHANGED = 4,

            /** DEVICE_ALIAS_CHANGED value */
            DEVICE_ALIAS_CHANGED = 5,

            /** DEVICE_NEW_CONNECTION value */
            DEVICE_NEW_CONNECTION = 6
        }

        /**
         * Properties of a ClusterUpdate.
         * @deprecated Use spotify.connectstate.ClusterUpdate.$Properties instead.
         */
        interface IClusterUpdate extends spotify.connectstate.ClusterUpdate.$Properties {
        }

        /** Represents a ClusterUpdate. */
        class ClusterUpdate {

            /**
             * Constructs a new ClusterUpdate.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.connectstate.ClusterUpdate.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ClusterUpdate cluster. */
            cluster?: (spotify.connectstate.Cluster.$Properties|null);

            /** ClusterUpdate updateReason. */
            updateReason: spotify.connectstate.ClusterUpdateReason;

            /** ClusterUpdate ackId. */
            ackId: string;

            /** ClusterUpdate devicesThatChanged. */
            devicesThatChanged: string[];

            /**
             * Creates a new ClusterUpdate instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ClusterUpdate instance
             */
            static create(properties: spotify.connectstate.ClusterUpdate.$Shape): spotify.connectstate.ClusterUpdate & spotify.connectstate.ClusterUpdate.$Shape;
            static create(properties?: spotify.connectstate.ClusterUpdate.$Properties): spotify.connectstate.ClusterUpdate;

            /**
             * Encodes the specified ClusterUpdate message. Does not implicitly {@link spotify.connectstate.ClusterUpdate.verify|verify} messages.
             * @param message ClusterUpdate message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.connectstate.ClusterUpdate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ClusterUpdate message, length delimited. Does not implicitly {@link spotify.connectstate.ClusterUpdate.verify|verify} messages.
             * @param message ClusterUpdate message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.connectstate.ClusterUpdate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ClusterUpdate message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.connectstate.ClusterUpdate & spotify.connectstate.ClusterUpdate.$Shape} ClusterUpdate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.connectstate.ClusterUpdate & spotify.connectstate.ClusterUpdate.$Shape;

            /**
             * Decodes a ClusterUpdate message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.connectstate.ClusterUpdate & spotify.connectstate.ClusterUpdate.$Shape} ClusterUpdate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.connectstate.ClusterUpdate & spotify.connectstate.ClusterUpdate.$Shape;

            /**
             * Verifies a ClusterUpdate message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ClusterUpdate message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ClusterUpdate
             */
            static fromObject(object: { [k: string]: any }): spotify.connectstate.ClusterUpdate;

            /**
             * Creates a plain object from a ClusterUpdate message. Also converts values to other types if specified.
             * @param message ClusterUpdate
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.connectstate.ClusterUpdate, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ClusterUpdate to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ClusterUpdate
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ClusterUpdate {

            /** Properties of a ClusterUpdate. */
            interface $Properties {

                /** ClusterUpdate cluster */
                cluster?: (spotify.connectstate.Cluster.$Properties|null);

                /** ClusterUpdate updateReason */
                updateReason?: (spotify.connectstate.ClusterUpdateReason|null);

                /** ClusterUpdate ackId */
                ackId?: (string|null);

                /** ClusterUpdate devicesThatChanged */
                devicesThatChanged?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ClusterUpdate. */
            type $Shape = spotify.connectstate.ClusterUpdate.$Properties;
        }

        /**
         * Properties of a SetVolumeCommand.
         * @deprecated Use spotify.connectstate.SetVolumeCommand.$Properties instead.
         */
        interface ISetVolumeCommand extends spotify.connectstate.SetVolumeCommand.$Properties {
        }

        /** Represents a SetVolumeCommand. */
        class SetVolumeCommand {

            /**
             * Constructs a new SetVolumeCommand.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.connectstate.SetVolumeCommand.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SetVolumeCommand volume. */
            volume: number;

            /** SetVolumeCommand commandOptions. */
            commandOptions?: (spotify.connectstate.ConnectCommandOptions.$Properties|null);

            /**
             * Creates a new SetVolumeCommand instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SetVolumeCommand instance
             */
            static create(properties: spotify.connectstate.SetVolumeCommand.$Shape): spotify.connectstate.SetVolumeCommand & spotify.connectstate.SetVolumeCommand.$Shape;
            static create(properties?: spotify.connectstate.SetVolumeCommand.$Properties): spotify.connectstate.SetVolumeCommand;

            /**
             * Encodes the specified SetVolumeCommand message. Does not implicitly {@link spotify.connectstate.SetVolumeCommand.verify|verify} messages.
             * @param message SetVolumeCommand message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.connectstate.SetVolumeCommand.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SetVolumeCommand message, length delimited. Does not implicitly {@link spotify.connectstate.SetVolumeCommand.verify|verify} messages.
             * @param message SetVolumeCommand message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.connectstate.SetVolumeCommand.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SetVolumeCommand message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.connectstate.SetVolumeCommand & spotify.connectstate.SetVolumeCommand.$Shape} SetVolumeCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.connectstate.SetVolumeCommand & spotify.connectstate.SetVolumeCommand.$Shape;

            /**
             * Decodes a SetVolumeCommand message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.connectstate.SetVolumeCommand & spotify.connectstate.SetVolumeCommand.$Shape} SetVolumeCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.connectstate.SetVolumeCommand & spotify.connectstate.SetVolumeCommand.$Shape;

            /**
             * Verifies a SetVolumeCommand message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SetVolumeCommand message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SetVolumeCommand
             */
            static fromObject(object: { [k: string]: any }): spotify.connectstate.SetVolumeCommand;

            /**
             * Creates a plain object from a SetVolumeCommand message. Also converts values to other types if specified.
             * @param message SetVolumeCommand
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.connectstate.SetVolumeCommand, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SetVolumeCommand to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SetVolumeCommand
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SetVolumeCommand {

            /** Properties of a SetVolumeCommand. */
            interface $Properties {

                /** SetVolumeCommand volume */
                volume?: (number|null);

                /** SetVolumeCommand commandOptions */
                commandOptions?: (spotify.connectstate.ConnectCommandOptions.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SetVolumeCommand. */
            type $Shape = spotify.connectstate.SetVolumeCommand.$Properties;
        }

        /**
         * Properties of a ConnectCommandOptions.
         * @deprecated Use spotify.connectstate.ConnectCommandOptions.$Properties instead.
         */
        interface IConnectCommandOptions extends spotify.connectstate.ConnectCommandOptions.$Properties {
        }

        /** Represents a ConnectCommandOptions. */
        class ConnectCommandOptions {

            /**
             * Constructs a new ConnectCommandOptions.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.connectstate.ConnectCommandOptions.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConnectCommandOptions messageId. */
            messageId: number;

            /** ConnectCommandOptions targetAliasId. */
            targetAliasId: number;

            /**
             * Creates a new ConnectCommandOptions instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ConnectCommandOptions instance
             */
            static create(properties: spotify.connectstate.ConnectCommandOptions.$Shape): spotify.connectstate.ConnectCommandOptions & spotify.connectstate.ConnectCommandOptions.$Shape;
            static create(properties?: spotify.connectstate.ConnectCommandOptions.$Properties): spotify.connectstate.ConnectCommandOptions;

            /**
             * Encodes the specified ConnectCommandOptions message. Does not implicitly {@link spotify.connectstate.ConnectCommandOptions.verify|verify} messages.
             * @param message ConnectCommandOptions message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.connectstate.ConnectCommandOptions.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ConnectCommandOptions message, length delimited. Does not implicitly {@link spotify.connectstate.ConnectCommandOptions.verify|verify} messages.
             * @param message ConnectCommandOptions message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.connectstate.ConnectCommandOptions.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConnectCommandOptions message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.connectstate.ConnectCommandOptions & spotify.connectstate.ConnectCommandOptions.$Shape} ConnectCommandOptions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.connectstate.ConnectCommandOptions & spotify.connectstate.ConnectCommandOptions.$Shape;

            /**
             * Decodes a ConnectCommandOptions message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.connectstate.ConnectCommandOptions & spotify.connectstate.ConnectCommandOptions.$Shape} ConnectCommandOptions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.connectstate.ConnectCommandOptions & spotify.connectstate.ConnectCommandOptions.$Shape;

            /**
             * Verifies a ConnectCommandOptions message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ConnectCommandOptions message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ConnectCommandOptions
             */
            static fromObject(object: { [k: string]: any }): spotify.connectstate.ConnectCommandOptions;

            /**
             * Creates a plain object from a ConnectCommandOptions message. Also converts values to other types if specified.
             * @param message ConnectCommandOptions
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.connectstate.ConnectCommandOptions, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ConnectCommandOptions to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ConnectCommandOptions
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ConnectCommandOptions {

            /** Properties of a ConnectCommandOptions. */
            interface $Properties {

                /** ConnectCommandOptions messageId */
                messageId?: (number|null);

                /** ConnectCommandOptions targetAliasId */
                targetAliasId?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConnectCommandOptions. */
            type $Shape = spotify.connectstate.ConnectCommandOptions.$Properties;
        }

        /**
         * Properties of a LogoutCommand.
         * @deprecated Use spotify.connectstate.LogoutCommand.$Properties instead.
         */
        interface ILogoutCommand extends spotify.connectstate.LogoutCommand.$Properties {
        }

        /** Represents a LogoutCommand. */
        class LogoutCommand {

            /**
             * Constructs a new LogoutCommand.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.connectstate.LogoutCommand.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LogoutCommand commandOptions. */
            commandOptions?: (spotify.connectstate.ConnectCommandOptions.$Properties|null);

            /**
             * Creates a new LogoutCommand instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LogoutCommand instance
             */
            static create(properties: spotify.connectstate.LogoutCommand.$Shape): spotify.connectstate.LogoutCommand & spotify.connectstate.LogoutCommand.$Shape;
            static create(properties?: spotify.connectstate.LogoutCommand.$Properties): spotify.connectstate.LogoutCommand;

            /**
             * Encodes the specified LogoutCommand message. Does not implicitly {@link spotify.connectstate.LogoutCommand.verify|verify} messages.
             * @param message LogoutCommand message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.connectstate.LogoutCommand.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified LogoutCommand message, length delimited. Does not implicitly {@link spotify.connectstate.LogoutCommand.verify|verify} messages.
             * @param message LogoutCommand message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.connectstate.LogoutCommand.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LogoutCommand message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.connectstate.LogoutCommand & spotify.connectstate.LogoutCommand.$Shape} LogoutCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.connectstate.LogoutCommand & spotify.connectstate.LogoutCommand.$Shape;

            /**
             * Decodes a LogoutCommand message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.connectstate.LogoutCommand & spotify.connectstate.LogoutCommand.$Shape} LogoutCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.connectstate.LogoutCommand & spotify.connectstate.LogoutCommand.$Shape;

            /**
             * Verifies a LogoutCommand message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LogoutCommand message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LogoutCommand
             */
            static fromObject(object: { [k: string]: any }): spotify.connectstate.LogoutCommand;

            /**
             * Creates a plain object from a LogoutCommand message. Also converts values to other types if specified.
             * @param message LogoutCommand
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.connectstate.LogoutCommand, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LogoutCommand to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LogoutCommand
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LogoutCommand {

            /** Properties of a LogoutCommand. */
            interface $Properties {

                /** LogoutCommand commandOptions */
                commandOptions?: (spotify.connectstate.ConnectCommandOptions.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LogoutCommand. */
            type $Shape = spotify.connectstate.LogoutCommand.$Properties;
        }

        /**
         * Properties of a ContextTrack.
         * @deprecated Use spotify.connectstate.ContextTrack.$Properties instead.
         */
        interface IContextTrack extends spotify.connectstate.ContextTrack.$Properties {
        }

        /** Represents a ContextTrack. */
        class ContextTrack {

            /**
             * Constructs a new ContextTrack.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.connectstate.ContextTrack.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ContextTrack uri. */
            uri: string;

            /** ContextTrack uid. */
            uid: string;

            /** ContextTrack gid. */
            gid: Uint8Array;

            /** ContextTrack metadata. */
            metadata: { [k: string]: string };

            /**
             * Creates a new ContextTrack instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ContextTrack instance
             */
            static create(properties: spotify.connectstate.ContextTrack.$Shape): spotify.connectstate.ContextTrack & spotify.connectstate.ContextTrack.$Shape;
            static create(properties?: spotify.connectstate.ContextTrack.$Properties): spotify.connectstate.ContextTrack;

            /**
             * Encodes the specified ContextTrack message. Does not implicitly {@link spotify.connectstate.ContextTrack.verify|verify} messages.
             * @param message ContextTrack message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.connectstate.ContextTrack.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ContextTrack message, length delimited. Does not implicitly {@link spotify.connectstate.ContextTrack.verify|verify} messages.
             * @param message ContextTrack message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.connectstate.ContextTrack.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ContextTrack message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.connectstate.ContextTrack & spotify.connectstate.ContextTrack.$Shape} ContextTrack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.connectstate.ContextTrack & spotify.connectstate.ContextTrack.$Shape;

            /**
             * Decodes a ContextTrack message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.connectstate.ContextTrack & spotify.connectstate.ContextTrack.$Shape} ContextTrack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.connectstate.ContextTrack & spotify.connectstate.ContextTrack.$Shape;

            /**
             * Verifies a ContextTrack message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ContextTrack message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ContextTrack
             */
            static fromObject(object: { [k: string]: any }): spotify.connectstate.ContextTrack;

            /**
             * Creates a plain object from a ContextTrack message. Also converts values to other types if specified.
             * @param message ContextTrack
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.connectstate.ContextTrack, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ContextTrack to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ContextTrack
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ContextTrack {

            /** Properties of a ContextTrack. */
            interface $Properties {

                /** ContextTrack uri */
                uri?: (string|null);

                /** ContextTrack uid */
                uid?: (string|null);

                /** ContextTrack gid */
                gid?: (Uint8Array|null);

                /** ContextTrack metadata */
                metadata?: ({ [k: string]: string }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ContextTrack. */
            type $Shape = spotify.connectstate.ContextTrack.$Properties;
        }

        /**
         * Properties of a ContextPage.
         * @deprecated Use spotify.connectstate.ContextPage.$Properties instead.
         */
        interface IContextPage extends spotify.connectstate.ContextPage.$Properties {
        }

        /** Represents a ContextPage. */
        class ContextPage {

            /**
             * Constructs a new ContextPage.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.connectstate.ContextPage.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ContextPage pageUrl. */
            pageUrl: string;

            /** ContextPage nextPageUrl. */
            nextPageUrl: string;

            /** ContextPage metadata. */
            metadata: { [k: string]: string };

            /** ContextPage tracks. */
            tracks: spotify.connectstate.ContextTrack.$Properties[];

            /**
             * Creates a new ContextPage instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ContextPage instance
             */
            static create(properties: spotify.connectstate.ContextPage.$Shape): spotify.connectstate.ContextPage & spotify.connectstate.ContextPage.$Shape;
            static create(properties?: spotify.connectstate.ContextPage.$Properties): spotify.connectstate.ContextPage;

            /**
             * Encodes the specified ContextPage message. Does not implicitly {@link spotify.connectstate.ContextPage.verify|verify} messages.
             * @param message ContextPage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.connectstate.ContextPage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ContextPage message, length delimited. Does not implicitly {@link spotify.connectstate.ContextPage.verify|verify} messages.
             * @param message ContextPage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.connectstate.ContextPage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ContextPage message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.connectstate.ContextPage & spotify.connectstate.ContextPage.$Shape} ContextPage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.connectstate.ContextPage & spotify.connectstate.ContextPage.$Shape;

            /**
             * Decodes a ContextPage message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.connectstate.ContextPage & spotify.connectstate.ContextPage.$Shape} ContextPage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.connectstate.ContextPage & spotify.connectstate.ContextPage.$Shape;

            /**
             * Verifies a ContextPage message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ContextPage message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ContextPage
             */
            static fromObject(object: { [k: string]: any }): spotify.connectstate.ContextPage;

            /**
             * Creates a plain object from a ContextPage message. Also converts values to other types if specified.
             * @param message ContextPage
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.connectstate.ContextPage, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ContextPage to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ContextPage
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ContextPage {

            /** Properties of a ContextPage. */
            interface $Properties {

                /** ContextPage pageUrl */
                pageUrl?: (string|null);

                /** ContextPage nextPageUrl */
                nextPageUrl?: (string|null);

                /** ContextPage metadata */
                metadata?: ({ [k: string]: string }|null);

                /** ContextPage tracks */
                tracks?: (spotify.connectstate.ContextTrack.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ContextPage. */
            type $Shape = spotify.connectstate.ContextPage.$Properties;
        }

        /**
         * Properties of a Context.
         * @deprecated Use spotify.connectstate.Context.$Properties instead.
         */
        interface IContext extends spotify.connectstate.Context.$Properties {
        }

        /** Represents a Context. */
        class Context {

            /**
             * Constructs a new Context.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.connectstate.Context.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Context uri. */
            uri: string;

            /** Context url. */
            url: string;

            /** Context metadata. */
            metadata: { [k: string]: string };

            /** Context restrictions. */
            restrictions?: (spotify.connectstate.Restrictions.$Properties|null);

            /** Context pages. */
            pages: spotify.connectstate.ContextPage.$Properties[];

            /** Context loading. */
            loading: boolean;

            /**
             * Creates a new Context instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Context instance
             */
            static create(properties: spotify.connectstate.Context.$Shape): spotify.connectstate.Context & spotify.connectstate.Context.$Shape;
            static create(properties?: spotify.connectstate.Context.$Properties): spotify.connectstate.Context;

            /**
             * Encodes the specified Context message. Does not implicitly {@link spotify.connectstate.Context.verify|verify} messages.
             * @param message Context message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.connectstate.Context.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Context message, length delimited. Does not implicitly {@link spotify.connectstate.Context.verify|verify} messages.
             * @param message Context message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.connectstate.Context.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Context message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.connectstate.Context & spotify.connectstate.Context.$Shape} Context
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.connectstate.Context & spotify.connectstate.Context.$Shape;

            /**
             * Decodes a Context message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.connectstate.Context & spotify.connectstate.Context.$Shape} Context
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.connectstate.Context & spotify.connectstate.Context.$Shape;

            /**
             * Verifies a Context message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Context message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Context
             */
            static fromObject(object: { [k: string]: any }): spotify.connectstate.Context;

            /**
             * Creates a plain object from a Context message. Also converts values to other types if specified.
             * @param message Context
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.connectstate.Context, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Context to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Context
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Context {

            /** Properties of a Context. */
            interface $Properties {

                /** Context uri */
                uri?: (string|null);

                /** Context url */
                url?: (string|null);

                /** Context metadata */
                metadata?: ({ [k: string]: string }|null);

                /** Context restrictions */
                restrictions?: (spotify.connectstate.Restrictions.$Properties|null);

                /** Context pages */
                pages?: (spotify.connectstate.ContextPage.$Properties[]|null);

                /** Context loading */
                loading?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Context. */
            type $Shape = spotify.connectstate.Context.$Properties;
        }

        /**
         * Properties of a Playback.
         * @deprecated Use spotify.connectstate.Playback.$Properties instead.
         */
        interface IPlayback extends spotify.connectstate.Playback.$Properties {
        }

        /** Represents a Playback. */
        class Playback {

            /**
             * Constructs a new Playback.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.connectstate.Playback.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Playback timestamp. */
            timestamp: (number|Long);

            /** Playback positionAsOfTimestamp. */
            positionAsOfTimestamp: number;

            /** Playback playbackSpeed. */
            playbackSpeed: number;

            /** Playback isPaused. */
            isPaused: boolean;

            /** Playback currentTrack. */
            currentTrack?: (spotify.connectstate.ContextTrack.$Properties|null);

            /**
             * Creates a new Playback instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Playback instance
             */
            static create(properties: spotify.connectstate.Playback.$Shape): spotify.connectstate.Playback & spotify.connectstate.Playback.$Shape;
            static create(properties?: spotify.connectstate.Playback.$Properties): spotify.connectstate.Playback;

            /**
             * Encodes the specified Playback message. Does not implicitly {@link spotify.connectstate.Playback.verify|verify} messages.
             * @param message Playback message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.connectstate.Playback.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Playback message, length delimited. Does not implicitly {@link spotify.connectstate.Playback.verify|verify} messages.
             * @param message Playback message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.connectstate.Playback.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Playback message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.connectstate.Playback & spotify.connectstate.Playback.$Shape} Playback
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.connectstate.Playback & spotify.connectstate.Playback.$Shape;

            /**
             * Decodes a Playback message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.connectstate.Playback & spotify.connectstate.Playback.$Shape} Playback
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.connectstate.Playback & spotify.connectstate.Playback.$Shape;

            /**
             * Verifies a Playback message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Playback message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Playback
             */
            static fromObject(object: { [k: string]: any }): spotify.connectstate.Playback;

            /**
             * Creates a plain object from a Playback message. Also converts values to other types if specified.
             * @param message Playback
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.connectstate.Playback, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Playback to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Playback
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Playback {

            /** Properties of a Playback. */
            interface $Properties {

                /** Playback timestamp */
                timestamp?: (number|Long|null);

                /** Playback positionAsOfTimestamp */
                positionAsOfTimestamp?: (number|null);

                /** Playback playbackSpeed */
                playbackSpeed?: (number|null);

                /** Playback isPaused */
                isPaused?: (boolean|null);

                /** Playback currentTrack */
                currentTrack?: (spotify.connectstate.ContextTrack.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Playback. */
            type $Shape = spotify.connectstate.Playback.$Properties;
        }

        /**
         * Properties of a Session.
         * @deprecated Use spotify.connectstate.Session.$Properties instead.
         */
        interface ISession extends spotify.connectstate.Session.$Properties {
        }

        /** Represents a Session. */
        class Session {

            /**
             * Constructs a new Session.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.connectstate.Session.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Session playOrigin. */
            playOrigin?: (spotify.connectstate.PlayOrigin.$Properties|null);

            /** Session context. */
            context?: (spotify.connectstate.Context.$Properties|null);

            /** Session currentUid. */
            currentUid: string;

            /** Session originalSessionId. */
            originalSessionId: string;

            /**
             * Creates a new Session instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Session instance
             */
            static create(properties: spotify.connectstate.Session.$Shape): spotify.connectstate.Session & spotify.connectstate.Session.$Shape;
            static create(properties?: spotify.connectstate.Session.$Properties): spotify.connectstate.Session;

            /**
             * Encodes the specified Session message. Does not implicitly {@link spotify.connectstate.Session.verify|verify} messages.
             * @param message Session message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.connectstate.Session.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Session message, length delimited. Does not implicitly {@link spotify.connectstate.Session.verify|verify} messages.
             * @param message Session message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.connectstate.Session.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Session message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.connectstate.Session & spotify.connectstate.Session.$Shape} Session
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.connectstate.Session & spotify.connectstate.Session.$Shape;

            /**
             * Decodes a Session message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.connectstate.Session & spotify.connectstate.Session.$Shape} Session
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.connectstate.Session & spotify.connectstate.Session.$Shape;

            /**
             * Verifies a Session message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Session message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Session
             */
            static fromObject(object: { [k: string]: any }): spotify.connectstate.Session;

            /**
             * Creates a plain object from a Session message. Also converts values to other types if specified.
             * @param message Session
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.connectstate.Session, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Session to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Session
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Session {

            /** Properties of a Session. */
            interface $Properties {

                /** Session playOrigin */
                playOrigin?: (spotify.connectstate.PlayOrigin.$Properties|null);

                /** Session context */
                context?: (spotify.connectstate.Context.$Properties|null);

                /** Session currentUid */
                currentUid?: (string|null);

                /** Session originalSessionId */
                originalSessionId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Session. */
            type $Shape = spotify.connectstate.Session.$Properties;
        }

        /**
         * Properties of a Queue.
         * @deprecated Use spotify.connectstate.Queue.$Properties instead.
         */
        interface IQueue extends spotify.connectstate.Queue.$Properties {
        }

        /** Represents a Queue. */
        class Queue {

            /**
             * Constructs a new Queue.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.connectstate.Queue.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Queue tracks. */
            tracks: spotify.connectstate.ContextTrack.$Properties[];

            /** Queue isPlayingQueue. */
            isPlayingQueue: boolean;

            /**
             * Creates a new Queue instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Queue instance
             */
            static create(properties: spotify.connectstate.Queue.$Shape): spotify.connectstate.Queue & spotify.connectstate.Queue.$Shape;
            static create(properties?: spotify.connectstate.Queue.$Properties): spotify.connectstate.Queue;

            /**
             * Encodes the specified Queue message. Does not implicitly {@link spotify.connectstate.Queue.verify|verify} messages.
             * @param message Queue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.connectstate.Queue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Queue message, length delimited. Does not implicitly {@link spotify.connectstate.Queue.verify|verify} messages.
             * @param message Queue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.connectstate.Queue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Queue message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.connectstate.Queue & spotify.connectstate.Queue.$Shape} Queue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.connectstate.Queue & spotify.connectstate.Queue.$Shape;

            /**
             * Decodes a Queue message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.connectstate.Queue & spotify.connectstate.Queue.$Shape} Queue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.connectstate.Queue & spotify.connectstate.Queue.$Shape;

            /**
             * Verifies a Queue message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Queue message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Queue
             */
            static fromObject(object: { [k: string]: any }): spotify.connectstate.Queue;

            /**
             * Creates a plain object from a Queue message. Also converts values to other types if specified.
             * @param message Queue
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.connectstate.Queue, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Queue to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Queue
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Queue {

            /** Properties of a Queue. */
            interface $Properties {

                /** Queue tracks */
                tracks?: (spotify.connectstate.ContextTrack.$Properties[]|null);

                /** Queue isPlayingQueue */
                isPlayingQueue?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Queue. */
            type $Shape = spotify.connectstate.Queue.$Properties;
        }

        /**
         * Properties of a TransferState.
         * @deprecated Use spotify.connectstate.TransferState.$Properties instead.
         */
        interface ITransferState extends spotify.connectstate.TransferState.$Properties {
        }

        /** Represents a TransferState. */
        class TransferState {

            /**
             * Constructs a new TransferState.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.connectstate.TransferState.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TransferState options. */
            options?: (spotify.connectstate.ContextPlayerOptions.$Properties|null);

            /** TransferState playback. */
            playback?: (spotify.connectstate.Playback.$Properties|null);

            /** TransferState currentSession. */
            currentSession?: (spotify.connectstate.Session.$Properties|null);

            /** TransferState queue. */
            queue?: (spotify.connectstate.Queue.$Properties|null);

            /**
             * Creates a new TransferState instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TransferState instance
             */
            static create(properties: spotify.connectstate.TransferState.$Shape): spotify.connectstate.TransferState & spotify.connectstate.TransferState.$Shape;
            static create(properties?: spotify.connectstate.TransferState.$Properties): spotify.connectstate.TransferState;

            /**
             * Encodes the specified TransferState message. Does not implicitly {@link spotify.connectstate.TransferState.verify|verify} messages.
             * @param message TransferState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.connectstate.TransferState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TransferState message, length delimited. Does not implicitly {@link spotify.connectstate.TransferState.verify|verify} messages.
             * @param message TransferState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.connectstate.TransferState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TransferState message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.connectstate.TransferState & spotify.connectstate.TransferState.$Shape} TransferState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.connectstate.TransferState & spotify.connectstate.TransferState.$Shape;

            /**
             * Decodes a TransferState message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.connectstate.TransferState & spotify.connectstate.TransferState.$Shape} TransferState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.connectstate.TransferState & spotify.connectstate.TransferState.$Shape;

            /**
             * Verifies a TransferState message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a TransferState message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TransferState
             */
            static fromObject(object: { [k: string]: any }): spotify.connectstate.TransferState;

            /**
             * Creates a plain object from a TransferState message. Also converts values to other types if specified.
             * @param message TransferState
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.connectstate.TransferState, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TransferState to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for TransferState
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TransferState {

            /** Properties of a TransferState. */
            interface $Properties {

                /** TransferState options */
                options?: (spotify.connectstate.ContextPlayerOptions.$Properties|null);

                /** TransferState playback */
                playback?: (spotify.connectstate.Playback.$Properties|null);

                /** TransferState currentSession */
                currentSession?: (spotify.connectstate.Session.$Properties|null);

                /** TransferState queue */
                queue?: (spotify.connectstate.Queue.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TransferState. */
            type $Shape = spotify.connectstate.TransferState.$Properties;
        }
    }

    /** Namespace user_attributes. */
    namespace user_attributes {

        /**
         * Properties of a UserAttributesUpdate.
         * @deprecated Use spotify.user_attributes.UserAttributesUpdate.$Properties instead.
         */
        interface IUserAttributesUpdate extends spotify.user_attributes.UserAttributesUpdate.$Properties {
        }

        /** Represents a UserAttributesUpdate. */
        class UserAttributesUpdate {

            /**
             * Constructs a new UserAttributesUpdate.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.user_attributes.UserAttributesUpdate.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** UserAttributesUpdate pairs. */
            pairs: { [k: string]: string };

            /**
             * Creates a new UserAttributesUpdate instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UserAttributesUpdate instance
             */
            static create(properties: spotify.user_attributes.UserAttributesUpdate.$Shape): spotify.user_attributes.UserAttributesUpdate & spotify.user_attributes.UserAttributesUpdate.$Shape;
            static create(properties?: spotify.user_attributes.UserAttributesUpdate.$Properties): spotify.user_attributes.UserAttributesUpdate;

            /**
             * Encodes the specified UserAttributesUpdate message. Does not implicitly {@link spotify.user_attributes.UserAttributesUpdate.verify|verify} messages.
             * @param message UserAttributesUpdate message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.user_attributes.UserAttributesUpdate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified UserAttributesUpdate message, length delimited. Does not implicitly {@link spotify.user_attributes.UserAttributesUpdate.verify|verify} messages.
             * @param message UserAttributesUpdate message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.user_attributes.UserAttributesUpdate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a UserAttributesUpdate message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.user_attributes.UserAttributesUpdate & spotify.user_attributes.UserAttributesUpdate.$Shape} UserAttributesUpdate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.user_attributes.UserAttributesUpdate & spotify.user_attributes.UserAttributesUpdate.$Shape;

            /**
             * Decodes a UserAttributesUpdate message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.user_attributes.UserAttributesUpdate & spotify.user_attributes.UserAttributesUpdate.$Shape} UserAttributesUpdate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.user_attributes.UserAttributesUpdate & spotify.user_attributes.UserAttributesUpdate.$Shape;

            /**
             * Verifies a UserAttributesUpdate message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a UserAttributesUpdate message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns UserAttributesUpdate
             */
            static fromObject(object: { [k: string]: any }): spotify.user_attributes.UserAttributesUpdate;

            /**
             * Creates a plain object from a UserAttributesUpdate message. Also converts values to other types if specified.
             * @param message UserAttributesUpdate
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.user_attributes.UserAttributesUpdate, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this UserAttributesUpdate to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for UserAttributesUpdate
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace UserAttributesUpdate {

            /** Properties of a UserAttributesUpdate. */
            interface $Properties {

                /** UserAttributesUpdate pairs */
                pairs?: ({ [k: string]: string }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a UserAttributesUpdate. */
            type $Shape = spotify.user_attributes.UserAttributesUpdate.$Properties;
        }

        /**
         * Properties of a MutatedField.
         * @deprecated Use spotify.user_attributes.MutatedField.$Properties instead.
         */
        interface IMutatedField extends spotify.user_attributes.MutatedField.$Properties {
        }

        /** Represents a MutatedField. */
        class MutatedField {

            /**
             * Constructs a new MutatedField.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.user_attributes.MutatedField.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MutatedField name. */
            name: string;

            /**
             * Creates a new MutatedField instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MutatedField instance
             */
            static create(properties: spotify.user_attributes.MutatedField.$Shape): spotify.user_attributes.MutatedField & spotify.user_attributes.MutatedField.$Shape;
            static create(properties?: spotify.user_attributes.MutatedField.$Properties): spotify.user_attributes.MutatedField;

            /**
             * Encodes the specified MutatedField message. Does not implicitly {@link spotify.user_attributes.MutatedField.verify|verify} messages.
             * @param message MutatedField message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.user_attributes.MutatedField.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified MutatedField message, length delimited. Does not implicitly {@link spotify.user_attributes.MutatedField.verify|verify} messages.
             * @param message MutatedField message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.user_attributes.MutatedField.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MutatedField message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.user_attributes.MutatedField & spotify.user_attributes.MutatedField.$Shape} MutatedField
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.user_attributes.MutatedField & spotify.user_attributes.MutatedField.$Shape;

            /**
             * Decodes a MutatedField message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.user_attributes.MutatedField & spotify.user_attributes.MutatedField.$Shape} MutatedField
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.user_attributes.MutatedField & spotify.user_attributes.MutatedField.$Shape;

            /**
             * Verifies a MutatedField message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a MutatedField message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MutatedField
             */
            static fromObject(object: { [k: string]: any }): spotify.user_attributes.MutatedField;

            /**
             * Creates a plain object from a MutatedField message. Also converts values to other types if specified.
             * @param message MutatedField
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.user_attributes.MutatedField, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MutatedField to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MutatedField
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MutatedField {

            /** Properties of a MutatedField. */
            interface $Properties {

                /** MutatedField name */
                name?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MutatedField. */
            type $Shape = spotify.user_attributes.MutatedField.$Properties;
        }

        /**
         * Properties of a MutationCommand.
         * @deprecated Use spotify.user_attributes.MutationCommand.$Properties instead.
         */
        interface IMutationCommand extends spotify.user_attributes.MutationCommand.$Properties {
        }

        /** Represents a MutationCommand. */
        class MutationCommand {

            /**
             * Constructs a new MutationCommand.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.user_attributes.MutationCommand.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MutationCommand timestamp. */
            timestamp: (number|Long);

            /** MutationCommand unknown. */
            unknown: number;

            /**
             * Creates a new MutationCommand instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MutationCommand instance
             */
            static create(properties: spotify.user_attributes.MutationCommand.$Shape): spotify.user_attributes.MutationCommand & spotify.user_attributes.MutationCommand.$Shape;
            static create(properties?: spotify.user_attributes.MutationCommand.$Properties): spotify.user_attributes.MutationCommand;

            /**
             * Encodes the specified MutationCommand message. Does not implicitly {@link spotify.user_attributes.MutationCommand.verify|verify} messages.
             * @param message MutationCommand message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.user_attributes.MutationCommand.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified MutationCommand message, length delimited. Does not implicitly {@link spotify.user_attributes.MutationCommand.verify|verify} messages.
             * @param message MutationCommand message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.user_attributes.MutationCommand.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MutationCommand message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.user_attributes.MutationCommand & spotify.user_attributes.MutationCommand.$Shape} MutationCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.user_attributes.MutationCommand & spotify.user_attributes.MutationCommand.$Shape;

            /**
             * Decodes a MutationCommand message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.user_attributes.MutationCommand & spotify.user_attributes.MutationCommand.$Shape} MutationCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.user_attributes.MutationCommand & spotify.user_attributes.MutationCommand.$Shape;

            /**
             * Verifies a MutationCommand message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a MutationCommand message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MutationCommand
             */
            static fromObject(object: { [k: string]: any }): spotify.user_attributes.MutationCommand;

            /**
             * Creates a plain object from a MutationCommand message. Also converts values to other types if specified.
             * @param message MutationCommand
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.user_attributes.MutationCommand, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MutationCommand to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MutationCommand
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MutationCommand {

            /** Properties of a MutationCommand. */
            interface $Properties {

                /** MutationCommand timestamp */
                timestamp?: (number|Long|null);

                /** MutationCommand unknown */
                unknown?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MutationCommand. */
            type $Shape = spotify.user_attributes.MutationCommand.$Properties;
        }

        /**
         * Properties of a UserAttributesMutation.
         * @deprecated Use spotify.user_attributes.UserAttributesMutation.$Properties instead.
         */
        interface IUserAttributesMutation extends spotify.user_attributes.UserAttributesMutation.$Properties {
        }

        /** Represents a UserAttributesMutation. */
        class UserAttributesMutation {

            /**
             * Constructs a new UserAttributesMutation.
             * @param [properties] Properties to set
             */
            constructor(properties?: spotify.user_attributes.UserAttributesMutation.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** UserAttributesMutation fields. */
            fields: spotify.user_attributes.MutatedField.$Properties[];

            /** UserAttributesMutation cmd. */
            cmd?: (spotify.user_attributes.MutationCommand.$Properties|null);

            /**
             * Creates a new UserAttributesMutation instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UserAttributesMutation instance
             */
            static create(properties: spotify.user_attributes.UserAttributesMutation.$Shape): spotify.user_attributes.UserAttributesMutation & spotify.user_attributes.UserAttributesMutation.$Shape;
            static create(properties?: spotify.user_attributes.UserAttributesMutation.$Properties): spotify.user_attributes.UserAttributesMutation;

            /**
             * Encodes the specified UserAttributesMutation message. Does not implicitly {@link spotify.user_attributes.UserAttributesMutation.verify|verify} messages.
             * @param message UserAttributesMutation message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spotify.user_attributes.UserAttributesMutation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified UserAttributesMutation message, length delimited. Does not implicitly {@link spotify.user_attributes.UserAttributesMutation.verify|verify} messages.
             * @param message UserAttributesMutation message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: spotify.user_attributes.UserAttributesMutation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a UserAttributesMutation message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spotify.user_attributes.UserAttributesMutation & spotify.user_attributes.UserAttributesMutation.$Shape} UserAttributesMutation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spotify.user_attributes.UserAttributesMutation & spotify.user_attributes.UserAttributesMutation.$Shape;

            /**
             * Decodes a UserAttributesMutation message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {spotify.user_attributes.UserAttributesMutation & spotify.user_attributes.UserAttributesMutation.$Shape} UserAttributesMutation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): spotify.user_attributes.UserAttributesMutation & spotify.user_attributes.UserAttributesMutation.$Shape;

            /**
             * Verifies a UserAttributesMutation message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a UserAttributesMutation message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns UserAttributesMutation
             */
            static fromObject(object: { [k: string]: any }): spotify.user_attributes.UserAttributesMutation;

            /**
             * Creates a plain object from a UserAttributesMutation message. Also converts values to other types if specified.
             * @param message UserAttributesMutation
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: spotify.user_attributes.UserAttributesMutation, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this UserAttributesMutation to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for UserAttributesMutation
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace UserAttributesMutation {

            /** Properties of a UserAttributesMutation. */
            interface $Properties {

                /** UserAttributesMutation fields */
                fields?: (spotify.user_attributes.MutatedField.$Properties[]|null);

                /** UserAttributesMutation cmd */
                cmd?: (spotify.user_attributes.MutationCommand.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a UserAttributesMutation. */
            type $Shape = spotify.user_attributes.UserAttributesMutation.$Properties;
        }
    }
}
