/** AP packet command bytes (docs/protocol/02 §9). */
export const CMD = {
  SecretBlock: 0x02,
  Ping: 0x04,
  StreamChunk: 0x08,
  StreamChunkRes: 0x09,
  ChannelError: 0x0a,
  ChannelAbort: 0x0b,
  RequestKey: 0x0c,
  AesKey: 0x0d,
  AesKeyError: 0x0e,
  CountryCode: 0x1b,
  UnknownDataAllZeros: 0x1f,
  Pong: 0x49,
  PongAck: 0x4a,
  ProductInfo: 0x50,
  LegacyWelcome: 0x69,
  LicenseVersion: 0x76,
  Login: 0xab,
  APWelcome: 0xac,
  AuthFailure: 0xad,
  MercuryReq: 0xb2,
  MercurySub: 0xb3,
  MercuryUnsub: 0xb4,
  MercuryEvent: 0xb5,
} as const;

/** AuthenticationType (docs/protocol/03 §2). */
export const AUTH_TYPE = {
  USER_PASS: 0,
  STORED_SPOTIFY_CREDENTIALS: 1,
  STORED_FACEBOOK_CREDENTIALS: 2,
  SPOTIFY_TOKEN: 3,
  FACEBOOK_TOKEN: 4,
} as const;
