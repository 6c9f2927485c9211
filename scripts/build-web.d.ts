/** Builds the web dashboard into `outdir` (see build-web.js); resolves to its asset file names. */
export function buildWeb(outdir: string): Promise<{script: string; style: string}>;
