import { FIRST_SCREEN, STORAGE_KEYS } from '../data/storageKeys';
import { APP_LANGUAGE_CODES, SOURCE_LANGUAGE_CODE } from './appLanguage';
import { AMSTERDAM } from './amsterdamTime';

// The welcome screen is rendered to HTML at build time (src/prerender.tsx), in Dutch and in
// the municipality's look, so a first visit paints before any JavaScript has run. This small check
// runs in the page before its first paint and keeps that HTML only where it is what the app will
// show: on "/", for a phone not activated, in Dutch. Everywhere else it empties #root, and the app
// renders as it did before (an activated phone never sees the welcome screen flash by).
//
// It then starts the app's scripts: after the first paint where the welcome screen is kept, else at
// once (APP_SCRIPTS_ID below). On an activated phone it then readies the browser's date data while
// those scripts are on their way: the first date formatter of a page is slow (Chromium: 30–60 ms
// on this machine, four times that on a cheap phone), and the home screen's first content is a date,
// so that time is spent while the phone waits for its code instead of inside the render that shows
// the next appointment (docs/benchmarks.md, "The activated home").
//
// It also marks a phone that can scan a QR code in the app (`data-scan` on <html>), so the
// welcome screen's scan button shows from the first paint where it works (the same test as
// ActivateForm's `canScanQr`).
//
// It is an inline script: the page's Content-Security-Policy allows it by its hash
// (src/server/http/securityHeaders.ts), computed from this very text.

/** The file the build writes next to index.html with the prerendered HTML, per screen and municipality. */
export const PRERENDERED_FILE = 'prerendered.json';

/** The id of the element that holds the prerendered HTML (index.html's #root). */
export const ROOT_ID = 'root';

/**
 * The id of the <template> in which the build puts the app's script and modulepreload tags
 * (scripts/vite/firstScreen.ts): inert there, they are fetched only once this check adds them to the
 * page. Over a kept welcome screen that is once the browser reports its first contentful paint (or
 * after 3 s, where it reports none), so on a slow connection the page and its stylesheet have the
 * line to themselves and the screen paints as soon as they are in; everywhere else at once, as the
 * app needs them to show anything.
 */
export const APP_SCRIPTS_ID = 'app-scripts';

/**
 * Is the prerendered welcome screen what this phone will show? A phone that never recorded its
 * state keeps it only on a first visit (no service worker yet): an installed app from before this
 * check may be activated. The language follows src/app/i18n/i18n.ts `initialLanguage`.
 */
const keepWelcome = `function keep(){
if(location.pathname!=="/"||new URLSearchParams(location.search).has("lang"))return false;
var s=localStorage,f=s.getItem(${JSON.stringify(STORAGE_KEYS.firstScreen)});
if(f===${JSON.stringify(FIRST_SCREEN.app)})return false;
if(f!==${JSON.stringify(FIRST_SCREEN.welcome)}&&navigator.serviceWorker&&navigator.serviceWorker.controller)return false;
var codes=${JSON.stringify(APP_LANGUAGE_CODES)},ok=function(c){return codes.indexOf(c)>=0};
var l=s.getItem(${JSON.stringify(STORAGE_KEYS.language)});
if(!ok(l))l=s.getItem(${JSON.stringify(STORAGE_KEYS.languageDossier)});
if(!ok(l)){l=null;var n=navigator.languages||[];for(var i=0;i<n.length&&!l;i++){var b=n[i].split("-")[0];if(ok(b))l=b}}
return (l||${JSON.stringify(SOURCE_LANGUAGE_CODE)})===${JSON.stringify(SOURCE_LANGUAGE_CODE)}}`;

export const FIRST_PAINT_SCRIPT = `(function(){${keepWelcome}
var d=document.documentElement,r=document.getElementById(${JSON.stringify(ROOT_ID)});
if("BarcodeDetector" in window&&navigator.mediaDevices&&navigator.mediaDevices.getUserMedia)d.setAttribute("data-scan","");
var k=false;try{k=keep()}catch(e){}
if(r&&!k)r.textContent="";
var t=document.getElementById(${JSON.stringify(APP_SCRIPTS_ID)}),done=false;
function go(){if(done||!t)return;done=true;document.head.appendChild(t.content.cloneNode(true))}
if(k){try{new PerformanceObserver(function(l){if(l.getEntriesByName("first-contentful-paint").length)go()}).observe({type:"paint",buffered:true})}catch(e){}
setTimeout(go,3000)}else{go();try{if(localStorage.getItem(${JSON.stringify(STORAGE_KEYS.firstScreen)})===${JSON.stringify(FIRST_SCREEN.app)})new Intl.DateTimeFormat(${JSON.stringify(SOURCE_LANGUAGE_CODE)},{timeZone:${JSON.stringify(AMSTERDAM)}}).format(0)}catch(e){}}})()`;
