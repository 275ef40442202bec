/** The SELA Niches version printed in every report's method block, taken from package.json at build time. */
import packageJson from "../../package.json";

export const SELA_VERSION: string = packageJson.version;
