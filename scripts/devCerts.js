// HTTPS certificates for the development server at https://localhost:3000.
// Windows and macOS: office-addin-dev-certs creates a CA, asks the OS to trust it and returns the
// certificates, as generator-office projects do. Linux: it cannot trust the CA without sudo, and its
// getHttpsServerOptions() then throws and makes new certificates on every call, so we create them
// once, reuse them until they expire, and tell the user how to trust the CA by hand.
const fs = require("node:fs");
const crypto = require("node:crypto");
const devCerts = require("office-addin-dev-certs");
const defaults = require("office-addin-dev-certs/lib/defaults");

function readCertificates() {
  return {
    ca: fs.readFileSync(defaults.caCertificatePath),
    cert: fs.readFileSync(defaults.localhostCertificatePath),
    key: fs.readFileSync(defaults.localhostKeyPath),
  };
}

function certificatesAreUsable() {
  const paths = [defaults.caCertificatePath, defaults.localhostCertificatePath, defaults.localhostKeyPath];
  if (!paths.every((p) => fs.existsSync(p))) return false;
  const cert = new crypto.X509Certificate(fs.readFileSync(defaults.localhostCertificatePath));
  // Renew a day early so a long-running server does not expire mid-session.
  return new Date(cert.validTo).getTime() - Date.now() > 24 * 60 * 60 * 1000;
}

function trustInstructions() {
  return [
    "The development certificate authority is not trusted by this machine yet.",
    `  CA certificate: ${defaults.caCertificatePath}`,
    "  To trust it on Debian/Ubuntu (needs administrator rights):",
    `    sudo cp "${defaults.caCertificatePath}" /usr/local/share/ca-certificates/office-addin-dev-ca.crt && sudo update-ca-certificates`,
    "  Browsers keep their own store: in Chrome/Edge open Settings > Privacy and security > Security >",
    "  Manage certificates > Authorities > Import, and choose the file above.",
    `  Command-line check: curl --cacert "${defaults.caCertificatePath}" https://localhost:3000/taskpane.html`,
  ].join("\n");
}

async function getDevServerHttpsOptions() {
  if (process.platform !== "linux") {
    return devCerts.getHttpsServerOptions();
  }
  if (!certificatesAreUsable()) {
    await devCerts.generateCertificates();
  }
  console.log(trustInstructions());
  return readCertificates();
}

module.exports = { getDevServerHttpsOptions };
