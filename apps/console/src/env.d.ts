/** Set by vite.config.ts: true only in builds made for development (the persona login). */
declare const __DEV_LOGIN__: boolean;
