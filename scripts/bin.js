// Makes the built command executable (tsc keeps the shebang but not the mode).
const fs = require("fs");
const path = require("path");
fs.chmodSync(path.join(__dirname, "..", "lib", "cli", "main.js"), 0o755);
