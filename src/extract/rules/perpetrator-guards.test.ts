import { test } from "node:test";
import { assertHas, assertLacks, extractText } from "./testing.js";

// Who did not carry out an attack, and who does not lead a group, on sentences written for these tests.
const run = (text: string) => extractText(text, "2019-05-10");

test("the gunman of a killing is not its victim", () => {
  const x = run(
    "KANO, May 6 - Nigeria's consul in Niger, Musa Bello, was shot dead on Monday while visiting a school in Kano. The gunman was arrested by police after a chase.",
  );
  assertLacks(x, /^perpetrated\(Musa Bello →/);
});

test("the 'it' of a group that has not said anything perpetrates nothing", () => {
  const x = run(
    "A suicide bomber killed 12 people at Kano airport on Monday. President Buhari, who postponed his departure for the World Economic Forum in Davos, ordered tighter security at all airports. Investigators said the bomber had been standing among waiting passengers. No group has yet said it carried out the attack.",
  );
  assertLacks(x, /^perpetrated\(World Economic Forum/);
  assertHas(x, "perpetrated(Kano bomber → Kano attack)");
});

test("a group that says it carried out an attack still claims it", () => {
  const x = run(
    "A bomb exploded at Kano airport on Monday, killing 12 people. Boko Haram said it carried out the attack.",
  );
  assertHas(x, "claimed_responsibility_for(Boko Haram → Kano bombing)");
});

test("forces that end a siege did not carry it out", () => {
  const x = run(
    "Nigerian special forces stormed the Grand Hotel in Kano on Tuesday morning, ending a siege by Boko Haram gunmen who had held 40 guests hostage since Sunday.",
  );
  // Their own storming may be an event they carried out (police actions are events of their own);
  // the siege is not theirs.
  assertLacks(x, /^perpetrated\(Nigerian special forces → .*siege/);
});

test("of two events, the attacker of the one his own clause names carried it out", () => {
  const x = run(
    "A suicide bomber struck a bus in Kano during the morning rush hour, killing at least nine people, two days after a blast at the city's main market killed 11, officials said.",
  );
  assertHas(x, "perpetrated(Kano bomber → Kano attack)");
  assertLacks(x, /^perpetrated\(Kano bomber → Kano blast/);
});

test("'the leader of X' after a verb or preposition is not said of the subject", () => {
  const x = run(
    "A gunman killed 12 people at a bar in Kano on Sunday and pledged allegiance to the leader of Boko Haram, Abubakar Shekau, police said.",
  );
  assertLacks(x, /^leader_of\((?!Abubakar Shekau).* → Boko Haram/);
  assertHas(x, "leader_of(Abubakar Shekau → Boko Haram)");
});

test("who led a faction of a group does not lead the group", () => {
  const x = run(
    "Mamman Nur, who is thought to have led a breakaway faction of Boko Haram, had evaded capture for years.",
  );
  assertLacks(x, /^leader_of\(Mamman Nur → Boko Haram\)/);
});

test("a pronoun inside an appositive is not the body the role belongs to", () => {
  const x = run(
    "The blast killed a police officer, the Interior Ministry said. Investigators named one of the dead as Karim Haddad, a Moroccan they describe as the leader of the cell.",
  );
  assertLacks(x, /^leader_of\(Karim Haddad → Interior Ministry\)/);
});

test("leaders said plainly survive the guards", () => {
  assertHas(
    run("Abubakar Shekau, the leader of Boko Haram, was seen in a video on Monday."),
    "leader_of(Abubakar Shekau → Boko Haram)",
  );
  assertHas(run("Abubakar Shekau is the leader of Boko Haram."), "leader_of(Abubakar Shekau → Boko Haram)");
  assertHas(run("Abubakar Shekau leads Boko Haram."), "leader_of(Abubakar Shekau → Boko Haram)");
});

test("a sentence that opens 'For X,' is about X: its figure and its gunman go to no event elsewhere", () => {
  const x = extractText(
    "Tunisian officials attributed the Bardo attack to the Okba Ibn Nafaa Brigade. For Sousse, 38 victims is the figure we use; 39 includes the gunman.",
    "2015-07-08",
  );
  assertLacks(x, /^killed\(Bardo attack/);
  assertLacks(x, /^perpetrated\(.*gunman → Bardo attack\)/);
});

test("the source after 'carried out by …,' is not the agent", () => {
  const x = extractText(
    "The attack on the school in Kerch was carried out by a former pupil, police said.",
    "2021-06-05",
  );
  assertLacks(x, /^perpetrated\(police/);
  const y = extractText("The bombing in Kano was carried out by Boko Haram, officials said.", "2021-06-05");
  assertHas(y, "perpetrated(Boko Haram → Kano bombing)");
});
