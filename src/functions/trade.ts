/**
 * Trade functions of the SELA catalogue (rows = countries or reporters, columns = products).
 * JSDoc here generates functions.json; Spanish names and help live in i18n/es/trade.json.
 */
export {};
