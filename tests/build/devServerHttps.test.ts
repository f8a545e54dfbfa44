import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { devServerHttps } from "../../scripts/devServerHttps";

/** Certificate paths in a fresh temp folder; `write` creates the three files. */
function certificateFolder(write: boolean) {
  const folder = mkdtempSync(join(tmpdir(), "salesgrid-certs-"));
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

describe("devServerHttps", () => {
  it("serves https with the trusted certificates when office-addin-dev-certs succeeds", async () => {
    const log = jest.fn();
    const devCerts = {
      getHttpsServerOptions: async () => ({
        ca: Buffer.from("CA"),
        cert: Buffer.from("CERT"),
        key: Buffer.from("KEY"),
      }),
    };
    const server = await devServerHttps({ devCerts, defaults: certificateFolder(false), log });
    expect(server).toEqual({
      type: "https",
      options: { ca: Buffer.from("CA"), cert: Buffer.from("CERT"), key: Buffer.from("KEY") },
    });
    expect(log).not.toHaveBeenCalled();
  });

  it("uses the generated files when trusting them failed (no sudo), and says which CA to trust", async () => {
    const log = jest.fn();
    const defaults = certificateFolder(true);
    const devCerts = {
      getHttpsServerOptions: async () => {
        throw new Error("Unable to install the CA certificate. sudo: not found");
      },
    };
    const server = await devServerHttps({ devCerts, defaults, log });
    expect(server).toEqual({
      type: "https",
      options: { ca: Buffer.from("CA"), cert: Buffer.from("CERT"), key: Buffer.from("KEY") },
    });
    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0][0]).toContain(defaults.caCertificatePath);
    expect(log.mock.calls[0][0]).toContain("sudo: not found");
    expect(log.mock.calls[0][0]).toMatch(/trust/);
  });

  it("falls back to plain http when no certificate could be made, and says Excel needs https", async () => {
    const log = jest.fn();
    const devCerts = {
      getHttpsServerOptions: async () => {
        throw new Error("Unable to generate the certificates.");
      },
    };
    const server = await devServerHttps({ devCerts, defaults: certificateFolder(false), log });
    expect(server).toEqual({ type: "http" });
    expect(log.mock.calls[0][0]).toContain("http://localhost:3000");
    expect(log.mock.calls[0][0]).toMatch(/Excel loads add-ins only\s+over https/);
  });
});
