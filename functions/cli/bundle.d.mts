/** Types of bundle.mjs (plain JavaScript, so bin.mjs can read it before TypeScript can be compiled). */
export declare const BUNDLE_DIR: string;
export declare function bundleIsFresh(root: string): boolean;
