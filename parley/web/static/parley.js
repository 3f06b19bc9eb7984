// Parley dashboard: draws figures, focuses cited passages, runs the review queue.
// Everything shown is set with textContent, never as HTML.
"use strict";

function drawFigures() {
  if (!window.Plotly) return;
  document.querySelectorAll("[data-figure]").forEach((box) => {
    const source = document.getElementById(box.dataset.figure);
    if (!source) return;
    const fig = JSON.parse(source.textContent);
    window.Plotly.newPlot(box, fig.data, fig.layout, { displaylogo: false, responsive: true });
  });
}

function focusPassage() {
  const found = /^#s-(\d+)-(\d+)$/.exec(window.location.hash);
  const text = document.getElementById("doctext");
  if (!found || !text) return;
  const start = Number(found[1]), end = Number(found[2]);
  let first = null;
  text.querySelectorAll("[data-a]").forEach((piece) => {
    const a = Number(piece.dataset.a), b = Number(piece.dataset.b);
    const inside = a >= start && b <= end;
    piece.classList.toggle("focus", inside);
    if (inside && !first) first = piece;
  });
  if (first) first.scrollIntoView({ block: "center" });
}

function csrf() {
  return document.querySelector('meta[name="csrf-token"]').content;
}

function reviewerName() {
  const input = document.getElementById("reviewer");
  if (input && input.value.trim()) {
    localStorage.setItem("parley-reviewer", input.value.trim());
    return input.value.trim();
  }
  return localStorage.getItem("parley-reviewer") || "";
}

function showFields(card, item) {
  card.querySelectorAll("[data-field]").forEach((cell) => {
    const name = cell.dataset.field;
    const value = item.current === null ? "rejected" : item.current[name];
    cell.textContent = value === null || value === undefined ? "–" : value;
  });
}

function showItem(card, item, note) {
  card.dataset.version = item.version;
  card.querySelector('[data-role="version"]').value = item.version;
  card.className = "item" + (item.decision ? " decided decided-" + item.decision : "");
  card.querySelector('[data-role="badge"]').textContent = item.decision
    ? item.decision + " by " + item.reviewer + " (v" + item.version + ")" : "not reviewed";
  const undo = card.querySelector('button[value="undo"]');
  if (undo) undo.disabled = !item.version;
  card.querySelector('[data-role="message"]').textContent = note || "";
  showFields(card, item);
}

function corrections(form, kind) {
  const names = kind === "quote" ? ["speaker", "actor", "date"]
    : ["speaker", "actor", "issue", "stance", "modality", "date"];
  const fields = {};
  names.forEach((name) => {
    const input = form.elements[name];
    if (input && input.value.trim() !== "") fields[name] = input.value.trim();
  });
  return fields;
}

async function decide(card, decision) {
  const form = card.querySelector("form.decide");
  const message = card.querySelector('[data-role="message"]');
  const reviewer = reviewerName();
  if (!reviewer) {
    message.textContent = "Type your name (top right) before deciding.";
    document.getElementById("reviewer").focus();
    return;
  }
  const body = { kind: card.dataset.kind, key: card.dataset.key, reviewer: reviewer,
                 expected_version: Number(card.dataset.version) };
  if (decision !== "undo") body.decision = decision;
  if (decision === "correct") body.fields = corrections(form, card.dataset.kind);
  const url = decision === "undo" ? "/api/review/undo" : "/api/review/decisions";
  const answer = await fetch(url, { method: "POST", credentials: "same-origin",
    headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf() }, body: JSON.stringify(body) });
  const data = await answer.json();
  if (answer.ok) {
    showItem(card, data, decision + " saved");
    if (decision !== "undo") moveFocus(card, 1);
  } else if (answer.status === 409) {
    showItem(card, data.detail.current, "Someone decided meanwhile: " + data.detail.message);
  } else {
    message.textContent = "Not saved: " + (typeof data.detail === "string" ? data.detail : JSON.stringify(data.detail));
  }
}

function moveFocus(card, step) {
  const cards = Array.from(document.querySelectorAll("#queue .item"));
  const next = cards[cards.indexOf(card) + step];
  if (next) next.focus();
}

function currentCard() {
  const active = document.activeElement;
  return active && active.closest ? active.closest("#queue .item") : null;
}

function onKey(event) {
  const typing = /^(INPUT|SELECT|TEXTAREA)$/.test(event.target.tagName);
  if (typing || event.ctrlKey || event.metaKey || event.altKey) return;
  const cards = document.querySelectorAll("#queue .item");
  const card = currentCard() || cards[0];
  if (!card) return;
  const actions = { a: "accept", r: "reject", u: "undo" };
  if (event.key === "j" || event.key === "k") {
    if (!currentCard()) card.focus(); else moveFocus(card, event.key === "j" ? 1 : -1);
  } else if (actions[event.key]) {
    if (event.key === "u" && !Number(card.dataset.version)) return;
    decide(card, actions[event.key]);
  } else if (event.key === "c") {
    const details = card.querySelector("details.correct");
    details.open = true;
    details.querySelector("input, select").focus();
  } else {
    return;
  }
  event.preventDefault();
}

function setUpReview() {
  const queue = document.getElementById("queue");
  if (!queue) return;
  document.documentElement.classList.add("js");
  // The name is taken from the field at the top; the per-card fields are for no-JS use.
  queue.querySelectorAll("form.decide").forEach((form) => { form.noValidate = true; });
  const input = document.getElementById("reviewer");
  if (input && !input.value) input.value = localStorage.getItem("parley-reviewer") || "";
  queue.addEventListener("submit", (event) => {
    event.preventDefault();
    const card = event.target.closest(".item");
    const decision = event.submitter ? event.submitter.value : "accept";
    decide(card, decision);
  });
  document.addEventListener("keydown", onKey);
}

function setUpSlider() {
  const slider = document.getElementById("window-slider");
  if (!slider) return;
  const starts = JSON.parse(document.getElementById("window-list").textContent);
  slider.addEventListener("input", () => {
    document.getElementById("window-label").textContent = "from " + starts[Number(slider.value)];
  });
  slider.addEventListener("change", () => slider.form.submit());
}

document.addEventListener("DOMContentLoaded", () => {
  drawFigures();
  focusPassage();
  setUpReview();
  setUpSlider();
  window.addEventListener("hashchange", focusPassage);
});
