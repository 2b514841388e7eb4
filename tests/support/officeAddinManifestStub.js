// Stand-in for office-addin-manifest under jest (see jest.config.js): office-addin-mock
// reads only this enum from it.
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
