// Debian's Chromium, headless with WebGPU on (SwiftShader where no GPU exists),
// for the browser suites. They skip when it is missing, unless
// WEBTORCH_REQUIRE_WEBGPU=1 (CI), where that is a failure.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.WEBTORCH_CHROMIUM ?? '/usr/bin/chromium';
export const chromiumRequired = process.env.WEBTORCH_REQUIRE_WEBGPU === '1';
export const chromiumAvailable = existsSync(CHROMIUM);

export async function launchChromium(): Promise<Browser> {
  if (!chromiumAvailable) throw new Error(`WEBTORCH_REQUIRE_WEBGPU=1 but Chromium is missing at ${CHROMIUM} (apt-get install chromium)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // Background services try the network, which this kind of machine refuses.
    args: ['--no-sandbox', '--enable-unsafe-webgpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
