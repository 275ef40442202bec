// office-addin-mock only needs the OfficeApp enum from office-addin-manifest; the real package cannot
// be loaded by jest on Node 20 (its dependency strip-bom is ESM-only).
module.exports = {
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
};
