import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { workbenchBanner, workbenchServer } from "../../../workbench/page/serverOption";

function certificates(write: boolean) {
  const folder = mkdtempSync(join(tmpdir(), "salesgrid-workbench-certs-"));
  const defaults = {
    caCertificatePath: join(folder, "ca.crt"),
    localhostCertificatePath: join(folder, "localhost.crt"),
    localhostKeyPath: join(folder, "localhost.key"),
  };
  if (write) {
    writeFileSync(defaults.caCertificatePath, "CA");
    writeFileSync(defaults.localhostCertificatePath, "CERT");
    writeFileSync(defaults.localhostKeyPath, "KEY");
  }
  return defaults;
}

describe("workbenchServer (npm start never prompts for a certificate)", () => {
  it("serves https with an installed, trusted localhost certificate", () => {
    const server = workbenchServer({
      devCerts: { isCaCertificateInstalled: () => true },
      defaults: certificates(true),
    });
    expect(server).toEqual({
      type: "https",
      options: { ca: Buffer.from("CA"), cert: Buffer.from("CERT"), key: Buffer.from("KEY") },
    });
  });

  it("serves http when no certificate exists, when the CA is not trusted, or when checking fails", () => {
    const trusted = { isCaCertificateInstalled: () => true };
    expect(workbenchServer({ devCerts: trusted, defaults: certificates(false) })).toEqual({ type: "http" });
    expect(
      workbenchServer({ devCerts: { isCaCertificateInstalled: () => false }, defaults: certificates(true) }),
    ).toEqual({ type: "http" });
    const broken = {
      isCaCertificateInstalled: () => {
        throw new Error("no keychain");
      },
    };
    expect(workbenchServer({ devCerts: broken, defaults: certificates(true) })).toEqual({ type: "http" });
  });
});

describe("workbenchBanner", () => {
  it("prints the workbench URL and how to load the add-in in Excel", () => {
    const banner = workbenchBanner("http://localhost:3000/", "http");
    expect(banner).toContain("http://localhost:3000/workbench.html");
    expect(banner).toContain("npm run start:desktop");
    expect(banner).toContain("npm run dev-server");
    expect(workbenchBanner("https://localhost:3000/", "https")).toContain("Upload My Add-in");
  });
});
