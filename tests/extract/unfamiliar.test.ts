import { describe, expect, it } from 'vitest';
import { findParties, resolveParty } from '../../src/core/parties.js';
import { tokenize } from '../../src/core/extract/tokens.js';
import type { ExtractLexicon } from '../../src/core/extract/types.js';
import { people as read, PUBLISHED } from './read.js';

/** As the eval reads such reports: a dossier with no standing actors or mediators of its own. */
const NONE: ExtractLexicon = { topics: {}, actors: [], mediators: [] };
const people = (text: string) => read(text, PUBLISHED, NONE);

/**
 * Reports of negotiations Parley ships no dossier for (a state and its rebels, a government and
 * its opposition, two smaller states): sides named by a generic word, by a party name with a
 * possessive inside, by short demonyms and capitals. Sentences written for these tests.
 */

describe('a generic side word stands for the side the item ties it to', () => {
  it('reads "the government delegation" as the state whose government the item names', () => {
    expect(
      people(
        "Talks between Colombia's government and the ELN resumed in Oslo on Monday. The government delegation is led by interior minister Carla Mendes and includes senator Rui Tavares.",
      ),
    ).toEqual(['Colombia: Carla Mendes (leader)', 'Colombia: Rui Tavares']);
  });
  it('reads "the rebel delegation" as the one armed movement the item names', () => {
    expect(
      people('The Colombian government and the ELN opened a new cycle of talks in Caracas on Monday. The rebel delegation, headed by commander Pablo Ortega, included Rosa Quintero.'),
    ).toEqual(['ELN: Pablo Ortega (leader)', 'ELN: Rosa Quintero']);
  });
  it('reads "the opposition\'s team" as the coalition the item names', () => {
    expect(
      people("Venezuela's government and the Unitary Platform resumed talks in Mexico City on Saturday. The opposition's team was led by Marta Ibarra."),
    ).toEqual(['Unitary Platform: Marta Ibarra (leader)']);
  });
  it('leaves "the government" unread when the item names two states\' governments', () => {
    expect(
      people('The government of Armenia and the government of Azerbaijan met in Almaty on Friday. The government delegation was led by Karen Abrahamyan.'),
    ).toEqual([]);
  });
  it('keeps someone else\'s government ("whose government mediated") off the side', () => {
    expect(
      people(
        "Sudan's transitional government and the RSF signed a truce in Juba on Saturday. The government's delegation was headed by Gen. Omar Kabbashi. South Sudan's President Salva Kiir, whose government mediated the talks, attended; Tut Gatluak, his security adviser, headed the mediation team.",
      ),
    ).toEqual(['Sudan: Omar Kabbashi (leader)']);
  });
});

describe('party names as the press writes them', () => {
  it('reads a party whose name has a possessive inside it', () => {
    const t = tokenize("The Tigray People's Liberation Front sent two generals.");
    expect(t.filter((x) => x.party).map((x) => x.party!.code)).toEqual(['TPLF', 'TPLF', 'TPLF', 'TPLF']);
  });
  it('knows short demonyms, plural demonyms and other spellings of capitals', () => {
    for (const [word, name] of [
      ['Serbs', 'Serbia'],
      ['Kosovars', 'Kosovo'],
      ['Prishtina', 'Kosovo'],
      ['Azeri', 'Azerbaijan'],
      ['Armenians', 'Armenia'],
      ['Azerbaijanis', 'Azerbaijan'],
      ['Thais', 'Thailand'],
      ['Mekelle', 'Tigray People’s Liberation Front'],
      ['Unitary Platform', 'Unitary Platform'],
    ]) expect(resolveParty(word!)?.name, word).toBe(name);
  });
  it('reads no generic word as a side outside an item being extracted', () => {
    expect(findParties('the government delegation')).toEqual([]);
  });
});

describe('shapes such reports use', () => {
  it('seats two principals who concluded something after talks, a title and a comma between them', () => {
    expect(
      people('BRUSSELS — Moldovan premier Dorin Popa and the Romanian head of state, Ion Marin, accepted the joint proposal on energy after talks in Brussels on Monday.'),
    ).toEqual(['Moldova: Dorin Popa', 'Romania: Ion Marin']);
  });
  it('seats no pair whose agreement was only wished for', () => {
    expect(people('Moldovan premier Dorin Popa and Romanian President Ion Marin could sign the proposal after talks in Brussels on Monday.')).toEqual([]);
  });
  it('reads "and the rebels\' by B" as the second side\'s leader', () => {
    expect(
      people("Colombia's government and the ELN agreed on Friday to a ceasefire at the close of talks in Havana. The government's delegation was headed by Ana Suárez, and the rebels' by Pablo Ortega."),
    ).toEqual(['Colombia: Ana Suárez (leader)', 'ELN: Pablo Ortega (leader)']);
  });
  it('reads no organisation\'s last word as a person ("the Ethiopian National Defense Force")', () => {
    expect(
      people('Military commanders signed a declaration in Nairobi on Saturday. Field Marshal Yonas Haile, chief of staff of the Ethiopian National Defense Force, signed for the federal government.').some((p) =>
        p.endsWith(': Force'),
      ),
    ).toBe(false);
  });
  it('keeps the mediation team\'s head off the side named before it', () => {
    expect(
      people("Sudan's government and the RSF met in Juba. The government's negotiating delegation was headed by Gen. Omar Kabbashi. Tut Gatluak, a security adviser, headed the mediation team."),
    ).not.toContain('Sudan: Tut Gatluak (leader)');
  });
  it('reads a sender named in several words, a possessive inside ("The Tigray People\'s Liberation Front sent")', () => {
    expect(people("Talks opened in Pretoria on Tuesday. The Tigray People's Liberation Front sent spokesman Mark Dalton and General Tom Reed.")).toEqual([
      'Tigray People’s Liberation Front: Mark Dalton',
      'Tigray People’s Liberation Front: Tom Reed',
    ]);
  });
  it('reads "A signed for X and [title] B for Y" as two signatories on their own sides', () => {
    expect(
      people('The two foreign ministers signed a declaration in Washington on Friday. Anne Dupont signed for Kinshasa and foreign minister Paul Weber for Kigali.'),
    ).toEqual(['DR Congo: Anne Dupont', 'Rwanda: Paul Weber']);
  });
  it('makes the pair seated as principals leaders when "the two ministers head the delegations"', () => {
    expect(
      people(
        'BERLIN – Armenian Foreign Minister Karen Petrosyan and his Azerbaijani counterpart Elmar Huseynov began two days of talks at a lakeside villa on Wednesday. The two ministers head the delegations; neither side named the officials with them.',
      ),
    ).toEqual(['Armenia: Karen Petrosyan (leader)', 'Azerbaijan: Elmar Huseynov (leader)']);
  });
  it('reads "A of Azerbaijan and B of Armenia initialed the text" as two signatories on their sides', () => {
    expect(
      people(
        'WASHINGTON — The leaders of Armenia and Azerbaijan signed a joint declaration at the White House on Friday. Their foreign ministers, Elmar Huseynov of Azerbaijan and Karen Petrosyan of Armenia, initialed the text of a peace agreement.',
      ),
    ).toEqual(['Armenia: Karen Petrosyan', 'Azerbaijan: Elmar Huseynov']);
  });
  it('reads "put their names to" as signing, with no talks named', () => {
    expect(
      people('WASHINGTON — The leaders of Armenia and Azerbaijan signed a joint declaration at the White House on Friday. Azerbaijani President Elmar Huseynov and Armenian Prime Minister Karen Petrosyan put their names to the document.'),
    ).toEqual(['Armenia: Karen Petrosyan', 'Azerbaijan: Elmar Huseynov']);
  });
  it('reads a capitalised "Government delegation" as the generic word', () => {
    expect(
      people('The Government of Colombia and the ELN reinstalled the dialogue table in Caracas on Monday. The Government delegation is headed by Carla Mendes.'),
    ).toEqual(['Colombia: Carla Mendes (leader)']);
  });
  it('reads a roster laid out one bare name per line, and ends it at the next paragraph of prose', () => {
    expect(
      people(
        'The Colombian government and the ELN reinstalled the dialogue table in Caracas on Monday.\n\nThe ELN delegation is headed by Pablo Ortega, together with:\nRamiro Soto\nLuz Amparo Quintero\n\nThe previous process, launched in Quito in 2017 and moved to Havana in 2018, was broken off in January 2019 after an attack.\n\nPresident Carlos Mendes greeted the delegations through a message read',
      ),
    ).toEqual(['ELN: Luz Amparo Quintero', 'ELN: Pablo Ortega (leader)', 'ELN: Ramiro Soto']);
  });
  it('reads "the army delegation" as the state whose army the item names', () => {
    expect(
      people("Envoys of Sudan's army and the RSF began talks in Jeddah on Saturday. The army delegation was headed by Major General Omar Kabbashi and included Ambassador Ali Hassan."),
    ).toEqual(['Sudan: Ali Hassan', 'Sudan: Omar Kabbashi (leader)']);
  });
  it('reads breakaway administrations as sides of their own', () => {
    expect(
      people(
        'GENEVA — The new round of talks began on Wednesday. Delegations of the Republic of Abkhazia and the Republic of South Ossetia are led, respectively, by Abkhaz Foreign Minister Ivan Petrov and presidential envoy Boris Orlov.',
      ),
    ).toEqual(['Abkhazia: Ivan Petrov (leader)', 'South Ossetia: Boris Orlov (leader)']);
  });
  it('reads "China\'s team also has A and B" and a sender with an auxiliary ("Britain is sending A")', () => {
    expect(people("Talks began in Geneva on Saturday. China's team also has Vice Commerce Minister Li Chenggang and Vice Finance Minister Liao Min.")).toEqual([
      'China: Li Chenggang',
      'China: Liao Min',
    ]);
    expect(people('The meeting opens in Geneva on Monday. Britain is sending minister for Europe Paul Weber.')).toEqual(['United Kingdom: Paul Weber']);
  });
  it('reads "Vice Premier He Lifeng" as a person, "He" as his family name', () => {
    expect(people("Talks began in Geneva on Saturday. China's delegation is led by Vice Premier He Lifeng.")).toEqual(['China: He Lifeng (leader)']);
  });
  it('resolves a party by its own name even where the word is unsafe in prose ("Georgia")', () => {
    expect(resolveParty('Georgia')?.name).toBe('Georgia');
  });
  it('reads a pair who agreed something in a round named before them, a counterpart with an honorific ("his Afghan counterpart Mullah A")', () => {
    expect(
      people(
        'Delegations met in Istanbul on Saturday for a second round of talks. In the first round in Doha on Oct. 18-19, Pakistani Defense Minister Imran Shah and his Afghan counterpart Mullah Ahmad Karimi agreed to an immediate ceasefire.',
      ),
    ).toEqual(['Afghanistan: Ahmad Karimi', 'Pakistan: Imran Shah']);
  });
});

