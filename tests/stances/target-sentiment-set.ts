/**
 * A small target-sentiment test set, written for presswork's tests (not taken from any corpus):
 * news-style sentences, each with a target (its first occurrence in the sentence, unless
 * `occurrence` says otherwise) and the label a careful reader gives to how the sentence portrays
 * that target. Many are chosen so that the sentence as a whole leans the other way
 * (`X praised Y but condemned Z`, target Z).
 */
export interface TargetSentimentCase {
  readonly text: string;
  readonly target: string;
  readonly occurrence?: number;
  readonly label: 'positive' | 'neutral' | 'negative';
}

export const TARGET_SENTIMENT_SET: readonly TargetSentimentCase[] = [
  // Contrast: the whole sentence leans one way, the target the other.
  { text: 'The senator praised Norway for its generous aid but condemned Belarus for its brutal crackdown.', target: 'Belarus', label: 'negative' },
  { text: 'The senator praised Norway for its generous aid but condemned Belarus for its brutal crackdown.', target: 'Norway', label: 'positive' },
  { text: 'Critics slammed the ministry for the disastrous rollout, but they applauded Maria Lopez for her honest apology.', target: 'Maria Lopez', label: 'positive' },
  { text: 'Analysts welcomed the ceasefire, but warned that Veloria had violated every previous truce.', target: 'Veloria', label: 'negative' },
  { text: 'Despite the terrible losses, fans cheered Coach Diane Hart after the match.', target: 'Diane Hart', label: 'positive' },
  { text: 'The festival was a wonderful success, although organisers blamed Stellar Events for the chaotic ticketing.', target: 'Stellar Events', label: 'negative' },
  { text: 'The talks collapsed in bitter acrimony, yet diplomats credited Finland with a brave and creative effort.', target: 'Finland', label: 'positive' },
  { text: 'Investors loved the new phone, but regulators accused Zentrix of hiding serious safety flaws.', target: 'Zentrix', label: 'negative' },
  { text: 'The mayor was furious about the strike, but she thanked the nurses union for keeping emergency wards open.', target: 'nurses union', label: 'positive' },
  { text: 'Voters were hopeful and excited, while observers criticised the Electoral Commission for widespread fraud.', target: 'Electoral Commission', label: 'negative' },
  // Several entities, opposite portrayals.
  { text: 'Brazil won an impressive victory while Argentina suffered a humiliating defeat.', target: 'Argentina', label: 'negative' },
  { text: 'Brazil won an impressive victory while Argentina suffered a humiliating defeat.', target: 'Brazil', label: 'positive' },
  { text: 'Prime Minister Anna Berg hailed the brave rescuers and denounced the smugglers who abandoned the boat.', target: 'Anna Berg', label: 'positive' },
  { text: 'The court cleared Omar Said of all charges and ordered the arrest of his corrupt accuser, Paul Reed.', target: 'Paul Reed', label: 'negative' },
  { text: 'The court cleared Omar Said of all charges and ordered the arrest of his corrupt accuser, Paul Reed.', target: 'Omar Said', label: 'positive' },
  { text: 'Doctors Without Borders saved hundreds of lives after militias attacked the crowded camp.', target: 'Doctors Without Borders', label: 'positive' },
  { text: 'The rebels killed twelve villagers, and the army rescued the survivors.', target: 'army', label: 'positive' },
  { text: 'The rebels killed twelve villagers, and the army rescued the survivors.', target: 'rebels', label: 'negative' },
  { text: 'Greenpeace applauded Denmark, a leader on clean energy, and condemned Poland for expanding coal.', target: 'Poland', label: 'negative' },
  { text: 'Greenpeace applauded Denmark, a leader on clean energy, and condemned Poland for expanding coal.', target: 'Denmark', label: 'positive' },
  // Negation.
  { text: 'The report did not blame Kenya for the outbreak.', target: 'Kenya', label: 'positive' },
  { text: 'Officials said the new governor was not honest about the budget.', target: 'governor', label: 'negative' },
  { text: 'Nobody expected Ireland to win, and yet they never stopped fighting with great courage.', target: 'Ireland', label: 'positive' },
  { text: 'The inquiry found no evidence that the charity misused donations.', target: 'charity', label: 'positive' },
  { text: 'Lawmakers said the agency cannot be trusted with sensitive data.', target: 'agency', label: 'negative' },
  // Clear single-target portrayals.
  { text: 'Residents praised the fire brigade for its quick and heroic response.', target: 'fire brigade', label: 'positive' },
  { text: 'Human rights groups condemned the junta for the brutal killing of protesters.', target: 'junta', label: 'negative' },
  { text: 'The company was fined for dumping toxic waste into the river.', target: 'company', label: 'negative' },
  { text: 'The foundation donated millions to help flood victims rebuild their homes.', target: 'foundation', label: 'positive' },
  { text: 'Experts called the minister incompetent and accused him of lying to parliament.', target: 'minister', label: 'negative' },
  { text: 'Japan offered generous support and thanked the volunteers for their kindness.', target: 'Japan', label: 'positive' },
  { text: 'The striker was jailed for fraud after a long scandal.', target: 'striker', label: 'negative' },
  { text: 'Scientists celebrated the breakthrough achieved by the Oslo team.', target: 'Oslo team', label: 'positive' },
  // Neutral targets amid loaded words.
  { text: 'The summit will be held in Vienna next week.', target: 'Vienna', label: 'neutral' },
  { text: 'The bomb killed forty people in a market near Lake Tana, police said.', target: 'police', label: 'neutral' },
  { text: 'Protesters in Lima demanded justice for the victims of the deadly fire.', target: 'Lima', label: 'neutral' },
  { text: 'The spokesman for the Red Cross said the war had caused terrible suffering.', target: 'Red Cross', label: 'neutral' },
  { text: 'Canada announced the meeting on Tuesday.', target: 'Canada', label: 'neutral' },
  { text: 'According to Reuters, the terrible storm destroyed hundreds of homes and killed six people.', target: 'Reuters', label: 'neutral' },
  { text: 'The minister arrived in Cairo, where the horrific attack had killed dozens the day before.', target: 'minister', label: 'neutral' },
  // Mixed sentences where the target's own words decide.
  { text: 'Despite a fierce and ugly campaign against him, Governor Tom Ellis won praise for his calm leadership.', target: 'Tom Ellis', label: 'positive' },
  { text: 'The vaccine was a great success, but the health ministry bungled its distribution.', target: 'health ministry', label: 'negative' },
  { text: 'After years of terrible war and crisis, Colombia celebrated a historic peace deal.', target: 'Colombia', label: 'positive' },
  { text: 'The actor is loved by millions, but his production company faces fraud charges.', target: 'production company', label: 'negative' },
  { text: 'The beautiful old bridge was destroyed when the militia shelled the town.', target: 'militia', label: 'negative' },
  { text: 'Tourists enjoyed the sunny weather, but Lisbon was hit by a violent storm that injured ten.', target: 'Lisbon', label: 'negative' },
];

/**
 * Written after the weights above were set and never used to tune them: the honest estimate.
 */
export const TARGET_SENTIMENT_HELD_OUT: readonly TargetSentimentCase[] = [
  { text: 'The board thanked Elena Ruiz for a brilliant year but fired the chief financial officer over the accounting scandal.', target: 'Elena Ruiz', label: 'positive' },
  { text: 'The board thanked Elena Ruiz for a brilliant year but fired the chief financial officer over the accounting scandal.', target: 'chief financial officer', label: 'negative' },
  { text: 'Peace activists welcomed the treaty, but Greece rejected it as a dangerous mistake.', target: 'Greece', label: 'negative' },
  { text: 'The hospital in Gaza was badly damaged, the United Nations said.', target: 'United Nations', label: 'neutral' },
  { text: 'Volunteers from Portugal helped rebuild the flooded school.', target: 'Portugal', label: 'positive' },
  { text: 'Police arrested the gang leader, who had terrorised the neighbourhood for years.', target: 'gang leader', label: 'negative' },
  { text: 'Police arrested the gang leader, who had terrorised the neighbourhood for years.', target: 'Police', label: 'positive' },
  { text: 'Despite the scandal, voters re-elected Mayor Ken Obi with a huge majority.', target: 'Ken Obi', label: 'positive' },
  { text: 'The airline apologised after thousands of passengers were stranded by its failed computer system.', target: 'airline', label: 'negative' },
  { text: 'Talks will resume in Geneva on Friday.', target: 'Geneva', label: 'neutral' },
  { text: 'Critics say the regulator failed to stop the fraud, but the minister defended it strongly.', target: 'minister', label: 'positive' },
  { text: 'Analysts praised Sweden for its calm handling of the crisis.', target: 'Sweden', label: 'positive' },
  { text: 'The general was accused of ordering the massacre of civilians.', target: 'general', label: 'negative' },
  { text: 'The charity was not involved in the fraud, investigators said.', target: 'charity', label: 'positive' },
  { text: 'Fans booed the referee after a series of terrible decisions.', target: 'referee', label: 'negative' },
  { text: 'The report was published by Amnesty International on Tuesday.', target: 'Amnesty International', label: 'neutral' },
  { text: 'Farmers blamed the drought on the government, which they said had ignored repeated warnings.', target: 'government', label: 'negative' },
  { text: 'Uruguay won admiration for its generous welcome to refugees, while its neighbour closed the border.', target: 'Uruguay', label: 'positive' },
  { text: 'The deadly attack in Nairobi killed 12 people, Kenyan officials said.', target: 'Nairobi', label: 'neutral' },
  { text: 'The startup impressed investors, but its founder was later charged with fraud.', target: 'founder', label: 'negative' },
];
