/** compstd's version (kept equal to package.json's by a test). */
export const VERSION = '0.1.0';

declare const __COMPSTD_BUILD_ID__: string | undefined;

/** A hash of the sources the running build was made from ('source' when run unbuilt). */
export const BUILD_ID: string = typeof __COMPSTD_BUILD_ID__ === 'string' ? __COMPSTD_BUILD_ID__ : 'source';
