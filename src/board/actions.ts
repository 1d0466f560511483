/** What a button can do, the one list: hat profiles, the `[board]` config and BLE remotes name these. */
export const ACTIONS = ['play-pause', 'next', 'previous', 'volume-up', 'volume-down', 'forget-user'] as const;
export type ButtonAction = (typeof ACTIONS)[number];
