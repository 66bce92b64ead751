/* Asistencia Vircom web chat: a floating chat bubble for the shop's site.
 *
 * Embed with <script src="https://SHOP/widget.js" defer></script>.
 * With data-mode="page" (as /chat does) the chat fills the page instead of floating.
 * The session token lives in localStorage; the server keeps only its hash.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  var base = script && script.src ? new URL(script.src, location.href).origin : location.origin;
  var fullPage = script && script.getAttribute("data-mode") === "page";
  var storeKey = "vircom-chat-session:" + base;
  var session = null;
  try { session = localStorage.getItem(storeKey); } catch (e) { session = null; }
  var lastId = 0;
  var shown = {};
  var timer = null;

  var css = [
    ".vc-root{font:15px/1.4 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1f2937;z-index:2147483000}",
    ".vc-float{position:fixed;right:20px;bottom:20px}",
    ".vc-bubble{width:60px;height:60px;border-radius:50%;border:0;background:#0f766e;color:#fff;font-size:28px;cursor:pointer;box-shadow:0 6px 18px rgba(0,0,0,.25)}",
    ".vc-panel{display:flex;flex-direction:column;background:#fff;border-radius:14px;box-shadow:0 10px 30px rgba(0,0,0,.25);overflow:hidden}",
    ".vc-float .vc-panel{position:absolute;right:0;bottom:76px;width:340px;height:460px;max-height:75vh}",
    ".vc-page .vc-panel{position:fixed;inset:0;border-radius:0;box-shadow:none}",
    ".vc-hidden{display:none}",
    ".vc-head{background:#0f766e;color:#fff;padding:12px 16px;font-weight:600}",
    ".vc-head small{display:block;font-weight:400;opacity:.85}",
    ".vc-log{flex:1;overflow-y:auto;padding:12px;background:#f3f4f6}",
    ".vc-msg{width:fit-content;max-width:80%;margin:6px 0;padding:8px 12px;border-radius:12px;white-space:pre-wrap;word-wrap:break-word}",
    ".vc-customer{margin-left:auto;background:#0f766e;color:#fff;border-bottom-right-radius:4px}",
    ".vc-bot,.vc-staff{background:#fff;border:1px solid #e5e7eb;border-bottom-left-radius:4px}",
    ".vc-note{text-align:center;color:#6b7280;font-size:13px;margin:8px 0}",
    ".vc-form{display:flex;gap:8px;padding:10px;border-top:1px solid #e5e7eb}",
    ".vc-input{flex:1;padding:9px 12px;border:1px solid #d1d5db;border-radius:20px;font:inherit}",
    ".vc-send{padding:8px 16px;border:0;border-radius:20px;background:#0f766e;color:#fff;font:inherit;cursor:pointer}",
    ".vc-send:disabled{opacity:.5;cursor:default}",
    ".vc-privacy{padding:0 12px 8px;color:#6b7280;font-size:12px;line-height:1.3}",
    ".vc-privacy a{color:#0f766e}"
  ].join("\n");

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text) node.textContent = text;
    return node;
  }

  var style = el("style");
  style.textContent = css;
  document.head.appendChild(style);

  var root = el("div", "vc-root " + (fullPage ? "vc-page" : "vc-float"));
  root.id = "vircom-chat";
  var panel = el("div", "vc-panel" + (fullPage ? "" : " vc-hidden"));
  var head = el("div", "vc-head", "Asistencia Vircom");
  head.appendChild(el("small", "", "Reparaciones a domicilio · respondemos al tiro"));
  var log = el("div", "vc-log");
  log.setAttribute("aria-live", "polite");
  var welcome = el("div", "vc-note", "¡Hola! Cuéntenos qué necesita reparar.");
  log.appendChild(welcome);
  var form = el("form", "vc-form");
  var input = el("input", "vc-input");
  input.id = "vircom-chat-input";
  input.placeholder = "Escriba su mensaje…";
  input.maxLength = 4000;
  input.setAttribute("aria-label", "Mensaje");
  var send = el("button", "vc-send", "Enviar");
  send.id = "vircom-chat-send";
  send.type = "submit";
  form.appendChild(input);
  form.appendChild(send);
  panel.appendChild(head);
  panel.appendChild(log);
  panel.appendChild(form);
  // How the shop uses the customer's data, under the input (the text comes from the desk).
  var privacy = el("div", "vc-privacy",
    "Privacidad: usamos sus datos solo para atender su solicitud; puede pedirnos por este chat verlos, corregirlos o borrarlos.");
  privacy.id = "vircom-chat-privacy";
  panel.appendChild(privacy);
  root.appendChild(panel);

  if (!fullPage) {
    var bubble = el("button", "vc-bubble", "💬");
    bubble.id = "vircom-chat-bubble";
    bubble.type = "button";
    bubble.setAttribute("aria-label", "Abrir chat");
    bubble.addEventListener("click", function () {
      panel.classList.toggle("vc-hidden");
      if (!panel.classList.contains("vc-hidden")) { input.focus(); poll(); }
    });
    root.appendChild(bubble);
  }

  function note(text) {
    var node = el("div", "vc-note", text);
    log.appendChild(node);
    log.scrollTop = log.scrollHeight;
    return node;
  }

  function render(message) {
    if (shown[message.id]) return;
    shown[message.id] = true;
    var node = el("div", "vc-msg vc-" + message.role, message.text);
    node.setAttribute("data-id", message.id);
    log.appendChild(node);
    lastId = Math.max(lastId, Number(message.id));
    log.scrollTop = log.scrollHeight;
  }

  function request(method, path, body) {
    var options = { method: method, headers: {} };
    if (body) {
      options.headers["Content-Type"] = "application/json";
      options.body = JSON.stringify(body);
    }
    return fetch(base + path, options).then(function (response) {
      return response.json().then(function (data) {
        if (!response.ok) { var error = new Error(data.error || "HTTP " + response.status); error.status = response.status; throw error; }
        return data;
      });
    });
  }

  function poll() {
    if (!session) return Promise.resolve();
    var path = "/api/webchat/messages?session=" + encodeURIComponent(session) + "&after=" + lastId;
    return request("GET", path).then(function (data) {
      data.messages.forEach(render);
    }).catch(function (error) {
      if (error.status === 404) { forget(); }
    });
  }

  function forget() {
    session = null;
    try { localStorage.removeItem(storeKey); } catch (e) { /* private mode */ }
  }

  function schedule() {
    if (timer) clearInterval(timer);
    timer = setInterval(function () {
      if (fullPage || !panel.classList.contains("vc-hidden")) poll();
    }, 4000);
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var text = input.value.trim();
    if (!text) return;
    send.disabled = true;
    var typing = note("Escribiendo…");
    request("POST", "/api/webchat/messages", { session: session, message: text })
      .then(function (data) {
        session = data.session;
        try { localStorage.setItem(storeKey, session); } catch (e) { /* private mode */ }
        input.value = "";
        return poll().then(function () {
          if (data.status === "pending_review") note("Un miembro del equipo le responderá en breve.");
        });
      })
      .catch(function (error) {
        if (error.status === 404) forget();
        note("No pudimos enviar su mensaje. Intente de nuevo en un momento.");
      })
      .then(function () {
        typing.remove();
        send.disabled = false;
        input.focus();
      });
  });

  function showNotice() {
    request("GET", "/api/webchat/notice").then(function (data) {
      privacy.textContent = data.text + " ";
      if (data.url) {
        var link = el("a", "", "Más información");
        link.href = data.url;
        link.target = "_blank";
        link.rel = "noopener";
        privacy.appendChild(link);
      }
    }).catch(function () { /* the built-in text stays */ });
  }

  function mount() {
    document.body.appendChild(root);
    showNotice();
    schedule();
    if (fullPage) { poll(); input.focus(); }
  }
  if (document.body) mount(); else document.addEventListener("DOMContentLoaded", mount);
})();
