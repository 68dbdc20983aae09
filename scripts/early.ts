// The one inline script of index.html (hashed in the CSP): marks the first paint for the bench,
// keeps what the user clicks or chooses before the app has hydrated (main.ts replays it) and says
// when the atlas does not start (its script failed to load, or start-up takes unusually long).
export const STARTING_ID = 'atlas-starting';

/** Bilingual texts of the start-up notice (the page's language is chosen only after hydration). */
export const STARTING_TEXT = {
  starting: 'Der Atlas startet … · The atlas is starting …',
  kept: 'Ihre Auswahl wird übernommen, sobald der Atlas bereit ist. · Your choice will be applied once the atlas is ready.',
  failed: 'Der Atlas konnte nicht starten. · The atlas could not start.',
  slow: 'Der Start dauert ungewöhnlich lange. · Starting takes unusually long.',
  reload: 'Neu laden · Reload',
};

export const STARTING_HTML = `<p id="${STARTING_ID}" class="atlas-starting" role="status">${STARTING_TEXT.starting}</p>`;

/** Seconds after which a start that has not finished is called slow (with a reload button). */
export const SLOW_START_S = 10;

export const EARLY_SCRIPT = `(function(){
requestAnimationFrame(function(){requestAnimationFrame(function(){performance.mark('choropleth-painted')})});
var T=${JSON.stringify(STARTING_TEXT)};
var q=window.__atlasEarly=[];
function note(text,failed){var s=document.getElementById(${JSON.stringify(STARTING_ID)});if(!s||window.__atlasHydrated)return;
s.textContent=text+' ';if(failed){s.className='atlas-starting failed';s.setAttribute('role','alert');
var b=document.createElement('button');b.type='button';b.textContent=T.reload;b.addEventListener('click',function(){location.reload()});s.appendChild(b);}}
function keep(e){if(window.__atlasHydrated)return;var t=e.target;if(!t||!t.closest)return;
var el=t.closest(e.type==='click'?'button,[data-ags],[role=tab]':'select,input');if(!el||!el.closest('#app'))return;
q.push({el:el,type:e.type,value:el.value,x:e.clientX||0,y:e.clientY||0});if(!document.querySelector('.atlas-starting.failed'))note(T.starting+' '+T.kept,false);}
document.addEventListener('click',keep,true);document.addEventListener('change',keep,true);
window.addEventListener('error',function(e){var t=e.target;if(t&&(t.tagName==='SCRIPT'||(t.tagName==='LINK'&&t.rel==='modulepreload')))note(T.failed,true);},true);
setTimeout(function(){note(T.slow,true)},${SLOW_START_S * 1000});
})();`;
