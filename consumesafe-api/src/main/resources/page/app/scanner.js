// The camera: the Barcode Detection API where the browser has it; elsewhere ZXing (html5-qrcode's decoder) is
// fetched from this origin the first time the camera is used, never before. Torch and camera switch where the
// device offers them. Browsers give the camera to secure pages only (HTTPS, or localhost).
import { $ } from './dom.js';
import { t } from './i18n.js';

const FORMATS = ['ean_13', 'ean_8', 'upc_a'];
const POLYFILL = new URL('./vendor/html5-qrcode/html5-qrcode.min.js', import.meta.url).href;
const EVERY = 200;

let stream;
let timer;
let devices = [];
let deviceIndex = 0;
let detector;

function loadScript(src) {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = resolve;
    script.onerror = reject;
    document.head.append(script);
  });
}

async function nativeDetector() {
  if (!('BarcodeDetector' in window)) return null;
  const supported = await window.BarcodeDetector.getSupportedFormats().catch(() => []);
  const formats = FORMATS.filter((format) => supported.includes(format));
  return formats.length ? new window.BarcodeDetector({ formats }) : null;
}

async function zxingDetector() {
  if (!window.__Html5QrcodeLibrary__) await loadScript(POLYFILL);
  const library = window.__Html5QrcodeLibrary__;
  const holder = document.createElement('div');
  holder.id = 'zxing-holder';
  holder.hidden = true;
  document.body.append(holder);
  const known = library.Html5QrcodeSupportedFormats;
  const reader = new library.Html5Qrcode(holder.id, {
    formatsToSupport: [known.EAN_13, known.EAN_8, known.UPC_A], verbose: false,
  });
  const canvas = document.createElement('canvas');
  return {
    polyfill: true,
    async detect(video) {
      canvas.width = video.videoWidth;
      canvas.height = video.videoHeight;
      canvas.getContext('2d', { willReadFrequently: true }).drawImage(video, 0, 0);
      try {
        return [{ rawValue: (await reader.qrcode.decodeAsync(canvas)).text }];
      } catch {
        return []; // no barcode in this frame
      }
    },
  };
}

function say(key) {
  $('scanner-message').textContent = t(key);
}

export function stopScanner() {
  clearTimeout(timer);
  stream?.getTracks().forEach((track) => track.stop());
  stream = null;
  $('camera').srcObject = null;
  $('scanner').hidden = true;
}

async function startCamera() {
  stream?.getTracks().forEach((track) => track.stop());
  const video = devices.length > 1 ? { deviceId: { exact: devices[deviceIndex].deviceId } }
    : { facingMode: { ideal: 'environment' } };
  stream = await navigator.mediaDevices.getUserMedia({ video, audio: false });
  const camera = $('camera');
  camera.srcObject = stream;
  await camera.play();
  const track = stream.getVideoTracks()[0];
  const torch = $('torch');
  torch.hidden = !track.getCapabilities?.().torch;
  torch.setAttribute('aria-pressed', 'false');
}

export async function openScanner(onCode) {
  $('scanner').hidden = false;
  $('close-scanner').focus();
  if (!window.isSecureContext || !navigator.mediaDevices?.getUserMedia) {
    say(window.isSecureContext ? 'scan.unavailable' : 'scan.needsHttps');
    return;
  }
  say('scan.starting');
  try {
    await startCamera();
    devices = (await navigator.mediaDevices.enumerateDevices()).filter((device) => device.kind === 'videoinput');
    $('switch-camera').hidden = devices.length < 2;
    detector ??= (await nativeDetector()) || (await zxingDetector());
  } catch (error) {
    say(error?.name === 'NotAllowedError' ? 'scan.denied' : 'scan.unavailable');
    return;
  }
  document.documentElement.dataset.scanner = detector.polyfill ? 'polyfill' : 'native';
  say('scan.looking');
  const look = async () => {
    if (!stream) return;
    const camera = $('camera');
    const found = camera.readyState >= 2 ? await detector.detect(camera).catch(() => []) : [];
    const code = found.map((barcode) => barcode.rawValue).find((value) => /^\d{8,14}$/.test(value));
    if (code) {
      stopScanner();
      onCode(code);
    } else {
      timer = setTimeout(look, EVERY);
    }
  };
  look();
}

export function wireScannerTools() {
  $('close-scanner').addEventListener('click', () => {
    stopScanner();
    $('scan').focus();
  });
  $('torch').addEventListener('click', async () => {
    const on = $('torch').getAttribute('aria-pressed') !== 'true';
    try {
      await stream.getVideoTracks()[0].applyConstraints({ advanced: [{ torch: on }] });
      $('torch').setAttribute('aria-pressed', String(on));
    } catch {
      $('torch').hidden = true;
    }
  });
  $('switch-camera').addEventListener('click', async () => {
    deviceIndex = (deviceIndex + 1) % devices.length;
    try {
      await startCamera();
    } catch {
      say('scan.unavailable');
    }
  });
}
