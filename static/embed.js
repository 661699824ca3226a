// The example host page's own script (embed.html): independent widgets,
// mounted through the bundle's JavaScript API, a line fed by their events,
// and a match day fed one result at a time through `update()`.
// A file, not an inline script, so that the page runs under a strict CSP.
import { ready, mount } from "./cup-bracket-loader.js";

const lastToggle = document.getElementById("last-toggle");

// The match day: this page's own copy of the competition, as a live score
// service would serve it, with the play-off legs after START not played yet.
const DATA = "2017-caf-confederation-cup-qualifying.json";
const START = "2017-04-13";
// What a leg to play keeps: who, when and where.
const SCHEDULED = ["id", "home", "away", "date", "kickoff", "utc_offset", "venue", "city", "referee"];

/** The play-off legs played after START, in playing order. */
function legsToFeed(competition) {
  const round = competition.rounds.find((round) => round.id === "play-off");
  const when = (leg) => `${leg.date} ${leg.kickoff ?? ""}`;
  return round.ties
    .flatMap((tie) => tie.legs ?? [])
    .filter((leg) => leg.date > START)
    .sort((a, b) => when(a).localeCompare(when(b)));
}

/** The competition with every leg to feed after the first `fed` still to play. */
function asFed(competition, feed, fed) {
  const unplayed = new Set(feed.slice(fed).map((leg) => leg.id));
  const copy = structuredClone(competition);
  for (const round of copy.rounds) {
    for (const tie of round.ties) {
      tie.legs = tie.legs?.map((leg) => {
        if (!unplayed.has(leg.id)) return leg;
        const scheduled = { status: "scheduled" };
        for (const key of SCHEDULED) if (key in leg) scheduled[key] = leg[key];
        return scheduled;
      });
    }
  }
  return copy;
}

/** "KCCA 1–0 Al-Masry" */
function result(competition, leg) {
  const names = new Map(competition.teams.map((team) => [team.id, team.name]));
  return `${names.get(leg.home)} ${leg.score[0]}–${leg.score[1]} ${names.get(leg.away)}`;
}

async function startMatchDay() {
  const element = document.getElementById("bracket-match-day");
  const next = document.getElementById("match-day-next");
  const restart = document.getElementById("match-day-restart");
  const status = document.getElementById("match-day-status");
  const log = document.getElementById("match-day-log");
  const response = await fetch(DATA);
  if (!response.ok) throw new Error(`${DATA}: ${response.status}`);
  const competition = await response.json();
  const feed = legsToFeed(competition);
  let fed = 0;
  const widget = mount(element, {
    data: asFed(competition, feed, fed),
    rounds: ["play-off"],
    hash: false,
  });
  const show = () => {
    next.disabled = fed === feed.length;
    restart.disabled = fed === 0;
    status.textContent = fed === 0
      ? `${feed.length} results to come.`
      : `${feed[fed - 1].date}: ${result(competition, feed[fed - 1])} (${fed} of ${feed.length})`;
  };
  next.addEventListener("click", () => {
    fed += 1;
    widget.update(asFed(competition, feed, fed));
    show();
  });
  restart.addEventListener("click", () => {
    fed = 0;
    log.replaceChildren();
    widget.update(asFed(competition, feed, fed));
    show();
  });
  element.addEventListener("tie-decided", (event) => {
    const item = document.createElement("li");
    item.textContent = event.detail.summary;
    log.append(item);
  });
  show();
}

if (await ready) {
  mount(document.getElementById("bracket-full"), {
    open: "IR Tanger v AS Kaloum",
    hash: true,
  });
  mount(document.getElementById("bracket-preliminary"), {
    rounds: ["preliminary"],
    theme: "dark",
    hash: false,
  });
  // No `lang`: the element's nearest `lang` (its figure's, "fr") decides.
  mount(document.getElementById("bracket-french"), {
    rounds: ["play-off"],
    hash: false,
  });
  startMatchDay().catch((error) => {
    document.getElementById("match-day-status").textContent = `The results could not be loaded (${error.message}).`;
  });
  // tie-toggle bubbles out of each widget's shadow root to the page.
  document.addEventListener("tie-toggle", (event) => {
    const { open, summary } = event.detail;
    lastToggle.textContent = `${open ? "Opened" : "Closed"}: ${summary}`;
  });
}
