import { join } from "node:path";
import { baseConfig } from "./_base";
const root = join(__dirname, "..");
export default defineConfig({ ...baseConfig, include: [join(root, "src/**/*.ts"), `${import.meta.dirname}/x`] });
