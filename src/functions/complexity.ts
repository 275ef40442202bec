/**
 * Economic-complexity functions of the SELA catalogue (rows = countries, columns = products).
 * JSDoc here generates functions.json; Spanish names and help live in i18n/es/complexity.json.
 */
export {};
