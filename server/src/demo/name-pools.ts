/**
 * Name pools for people and places. A demo shown to a KAM must look like a real
 * territory, so names are plausible European and Brazilian ones, never "Person 1".
 */
import type { Rng } from './prng.js';

export interface NameLocale {
  code: string;
  phonePrefix: string;
  male: readonly string[];
  female: readonly string[];
  /** "Kowalski|Kowalska" holds a masculine and a feminine form. */
  surnames: readonly string[];
  /** Portuguese and Spanish names commonly carry two surnames. */
  doubleSurname: number;
}

export const LOCALES: readonly NameLocale[] = [
  {
    code: 'pt',
    phonePrefix: '+55',
    male: ['João', 'Pedro', 'Lucas', 'Gabriel', 'Rafael', 'Miguel', 'Tiago', 'André', 'Bruno', 'Carlos', 'Eduardo',
      'Fernando', 'Gustavo', 'Henrique', 'Luís', 'Marcelo', 'Paulo', 'Ricardo', 'Rodrigo', 'Sérgio', 'Vinícius',
      'Diogo', 'Fábio', 'Leonardo', 'Mateus', 'Renato', 'Antônio', 'Francisco', 'José', 'Daniel'],
    female: ['Ana', 'Beatriz', 'Camila', 'Carolina', 'Fernanda', 'Gabriela', 'Helena', 'Isabel', 'Juliana', 'Larissa',
      'Letícia', 'Luciana', 'Mariana', 'Marta', 'Patrícia', 'Renata', 'Sofia', 'Tatiana', 'Vanessa', 'Adriana',
      'Cláudia', 'Daniela', 'Inês', 'Joana', 'Raquel', 'Rita', 'Sara', 'Teresa', 'Bruna', 'Aline'],
    surnames: ['Silva', 'Santos', 'Oliveira', 'Souza', 'Rodrigues', 'Ferreira', 'Alves', 'Pereira', 'Lima', 'Gomes',
      'Costa', 'Ribeiro', 'Martins', 'Carvalho', 'Almeida', 'Lopes', 'Soares', 'Fernandes', 'Vieira', 'Barbosa',
      'Rocha', 'Dias', 'Nascimento', 'Andrade', 'Moreira', 'Nunes', 'Marques', 'Machado', 'Mendes', 'Freitas',
      'Cardoso', 'Ramos', 'Gonçalves', 'Santana', 'Teixeira', 'Correia', 'Pinto', 'Azevedo', 'Cavalcanti', 'Monteiro',
      'Moura', 'Batista', 'Campos', 'Araújo', 'Figueiredo', 'Sampaio', 'Tavares', 'Brandão', 'Guimarães', 'Coelho'],
    doubleSurname: 0.45,
  },
  {
    // Portugal's own names (the pool above leans Brazilian: Antônio, Souza, Cavalcanti).
    code: 'pt-PT',
    phonePrefix: '+351',
    male: ['João', 'Pedro', 'Tiago', 'Miguel', 'Rafael', 'André', 'Bruno', 'Carlos', 'Eduardo', 'Fernando', 'Gonçalo',
      'Henrique', 'Luís', 'Nuno', 'Paulo', 'Ricardo', 'Rodrigo', 'Sérgio', 'Rui', 'Diogo', 'Fábio', 'Hugo', 'Duarte',
      'Afonso', 'Tomás', 'António', 'Francisco', 'José', 'Daniel', 'Manuel'],
    female: ['Ana', 'Beatriz', 'Catarina', 'Carolina', 'Filipa', 'Mariana', 'Helena', 'Isabel', 'Joana', 'Leonor',
      'Margarida', 'Luísa', 'Marta', 'Patrícia', 'Rita', 'Sofia', 'Teresa', 'Inês', 'Cláudia', 'Daniela', 'Raquel',
      'Sara', 'Susana', 'Sandra', 'Andreia', 'Vera', 'Mafalda', 'Matilde', 'Diana', 'Madalena'],
    surnames: ['Silva', 'Santos', 'Ferreira', 'Pereira', 'Oliveira', 'Costa', 'Rodrigues', 'Martins', 'Jesus', 'Sousa',
      'Fernandes', 'Gonçalves', 'Gomes', 'Lopes', 'Marques', 'Alves', 'Almeida', 'Ribeiro', 'Pinto', 'Carvalho',
      'Teixeira', 'Moreira', 'Correia', 'Mendes', 'Nunes', 'Soares', 'Vieira', 'Monteiro', 'Cardoso', 'Rocha',
      'Neves', 'Coelho', 'Cruz', 'Cunha', 'Pires', 'Ramos', 'Reis', 'Simões', 'Antunes', 'Matos',
      'Fonseca', 'Machado', 'Araújo', 'Barbosa', 'Tavares', 'Lourenço', 'Castro', 'Figueiredo', 'Azevedo', 'Freitas'],
    doubleSurname: 0.45,
  },
  {
    code: 'es',
    phonePrefix: '+34',
    male: ['Alejandro', 'Javier', 'Carlos', 'Miguel', 'Pablo', 'Sergio', 'Diego', 'Álvaro', 'Jorge', 'Manuel',
      'Francisco', 'Antonio', 'Luis', 'Raúl', 'Iván', 'Andrés', 'Fernando', 'Rubén', 'Alberto', 'Ignacio'],
    female: ['Lucía', 'María', 'Carmen', 'Laura', 'Marta', 'Elena', 'Paula', 'Sara', 'Cristina', 'Isabel', 'Pilar',
      'Rocío', 'Nuria', 'Beatriz', 'Silvia', 'Alba', 'Irene', 'Clara', 'Natalia', 'Montserrat'],
    surnames: ['García', 'Martínez', 'López', 'Sánchez', 'González', 'Pérez', 'Rodríguez', 'Fernández', 'Gómez',
      'Martín', 'Jiménez', 'Ruiz', 'Hernández', 'Díaz', 'Moreno', 'Álvarez', 'Muñoz', 'Romero', 'Navarro', 'Torres',
      'Domínguez', 'Vázquez', 'Ramos', 'Gil', 'Serrano', 'Blanco', 'Molina', 'Castro', 'Ortega', 'Delgado'],
    doubleSurname: 0.5,
  },
  {
    code: 'it',
    phonePrefix: '+39',
    male: ['Marco', 'Luca', 'Giuseppe', 'Alessandro', 'Andrea', 'Francesco', 'Matteo', 'Lorenzo', 'Stefano',
      'Roberto', 'Paolo', 'Davide', 'Simone', 'Giovanni', 'Riccardo', 'Fabio', 'Massimo', 'Claudio', 'Enrico', 'Pietro'],
    female: ['Giulia', 'Francesca', 'Chiara', 'Sara', 'Valentina', 'Federica', 'Elena', 'Alessandra', 'Silvia',
      'Martina', 'Paola', 'Laura', 'Roberta', 'Elisa', 'Ilaria', 'Serena', 'Claudia', 'Monica', 'Beatrice', 'Anna'],
    surnames: ['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco',
      'Bruno', 'Gallo', 'Conti', 'De Luca', 'Mancini', 'Costa', 'Giordano', 'Rizzo', 'Lombardi', 'Moretti',
      'Barbieri', 'Fontana', 'Santoro', 'Mariani', 'Rinaldi', 'Caruso', 'Ferrara', 'Galli', 'Martini', 'Leone'],
    doubleSurname: 0,
  },
  {
    code: 'fr',
    phonePrefix: '+33',
    male: ['Julien', 'Nicolas', 'Antoine', 'Thomas', 'Pierre', 'Mathieu', 'Olivier', 'Sébastien', 'Guillaume',
      'Laurent', 'François', 'Philippe', 'Vincent', 'Émile', 'Hugo', 'Louis', 'Arnaud', 'Benoît', 'Christophe', 'Damien'],
    female: ['Camille', 'Claire', 'Sophie', 'Julie', 'Émilie', 'Marie', 'Céline', 'Isabelle', 'Nathalie', 'Aurélie',
      'Élodie', 'Mathilde', 'Charlotte', 'Manon', 'Pauline', 'Amélie', 'Hélène', 'Léa', 'Margaux', 'Sandrine'],
    surnames: ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau',
      'Simon', 'Laurent', 'Lefebvre', 'Michel', 'Garnier', 'David', 'Bertrand', 'Roux', 'Vincent', 'Fournier',
      'Morel', 'Girard', 'André', 'Mercier', 'Dupont', 'Lambert', 'Bonnet', 'Chevalier', 'Rousseau', 'Legrand'],
    doubleSurname: 0,
  },
  {
    code: 'de',
    phonePrefix: '+49',
    male: ['Lukas', 'Jonas', 'Felix', 'Maximilian', 'Tobias', 'Stefan', 'Michael', 'Andreas', 'Thomas', 'Christian',
      'Markus', 'Matthias', 'Sebastian', 'Florian', 'Jan', 'Daniel', 'Alexander', 'Martin', 'Jürgen', 'Klaus'],
    female: ['Anna', 'Lena', 'Laura', 'Julia', 'Katharina', 'Sarah', 'Lisa', 'Johanna', 'Miriam', 'Sabine', 'Petra',
      'Claudia', 'Susanne', 'Stefanie', 'Nicole', 'Andrea', 'Birgit', 'Monika', 'Hannah', 'Franziska'],
    surnames: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz',
      'Hoffmann', 'Schäfer', 'Koch', 'Bauer', 'Richter', 'Klein', 'Wolf', 'Schröder', 'Neumann', 'Schwarz',
      'Zimmermann', 'Braun', 'Krüger', 'Hofmann', 'Hartmann', 'Lange', 'Schmitt', 'Werner', 'Krause', 'Meier', 'Lehmann'],
    doubleSurname: 0,
  },
  {
    code: 'pl',
    phonePrefix: '+48',
    male: ['Piotr', 'Krzysztof', 'Tomasz', 'Paweł', 'Michał', 'Marcin', 'Jakub', 'Łukasz', 'Adam', 'Grzegorz',
      'Marek', 'Andrzej', 'Wojciech', 'Kamil', 'Rafał', 'Mateusz', 'Dariusz', 'Jan', 'Bartosz', 'Szymon'],
    female: ['Anna', 'Katarzyna', 'Małgorzata', 'Agnieszka', 'Magdalena', 'Joanna', 'Ewa', 'Barbara', 'Monika',
      'Aleksandra', 'Natalia', 'Karolina', 'Zofia', 'Marta', 'Dorota', 'Justyna', 'Beata', 'Iwona', 'Paulina', 'Weronika'],
    surnames: ['Nowak', 'Kowalski|Kowalska', 'Wiśniewski|Wiśniewska', 'Wójcik', 'Kowalczyk', 'Kamiński|Kamińska',
      'Lewandowski|Lewandowska', 'Zieliński|Zielińska', 'Woźniak', 'Szymański|Szymańska', 'Dąbrowski|Dąbrowska',
      'Kozłowski|Kozłowska', 'Mazur', 'Jankowski|Jankowska', 'Kwiatkowski|Kwiatkowska', 'Krawczyk', 'Kaczmarek',
      'Piotrowski|Piotrowska', 'Grabowski|Grabowska', 'Zając', 'Pawłowski|Pawłowska', 'Michalski|Michalska', 'Król',
      'Wieczorek', 'Jabłoński|Jabłońska', 'Wróbel', 'Nowakowski|Nowakowska', 'Majewski|Majewska', 'Olszewski|Olszewska',
      'Stępień'],
    doubleSurname: 0,
  },
];

export interface PersonName {
  first: string;
  last: string;
  full: string;
  female: boolean;
}

function surnameFor(raw: string, female: boolean): string {
  const bar = raw.indexOf('|');
  if (bar < 0) return raw;
  return female ? raw.slice(bar + 1) : raw.slice(0, bar);
}

export function personName(rng: Rng, locale: NameLocale): PersonName {
  const female = rng.chance(0.52);
  const first = rng.pick(female ? locale.female : locale.male);
  let last = surnameFor(rng.pick(locale.surnames), female);
  if (rng.chance(locale.doubleSurname)) {
    const second = surnameFor(rng.pick(locale.surnames), female);
    if (second !== last) last = `${last} ${second}`;
  }
  return { first, last, full: `${first} ${last}`, female };
}

/** Plain ASCII for e-mail local parts: "Gonçalves" becomes "goncalves". */
export function asciiSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.+|\.+$/g, '');
}

const ROMAN = ['', '', ' II', ' III', ' IV', ' V', ' VI', ' VII', ' VIII', ' IX', ' X'];

export interface RegionLabel {
  slug: string;
  name: string;
  code: string;
  cities: readonly string[];
}

/**
 * Region n of a country pack's list (the first is the demo's home, territory-north in
 * Portugal); beyond the list a name comes again with a numeral: "Norte II".
 */
export function regionName(index: number, regions: readonly RegionLabel[]): RegionLabel {
  const base = regions[index % regions.length] as RegionLabel;
  const round = Math.floor(index / regions.length) + 1;
  if (round === 1) return base;
  const numeral = ROMAN[round] ?? ` ${round}`;
  return { ...base, slug: `${base.slug}-${round}`, name: `${base.name}${numeral}`, code: `${base.code}${round}` };
}

/** Cities per locale, so a region's capital sounds like its people. */
export const CITIES: Readonly<Record<string, readonly string[]>> = {
  pt: ['Vila Real', 'Porto Novo', 'São Bento', 'Castelo Branco', 'Santa Luzia', 'Alvorada', 'Nova Esperança',
    'Monte Alto', 'Rio Claro', 'Campo Belo', 'Valença', 'Linhares'],
  es: ['San Martín', 'Villanueva del Río', 'Torrelaguna', 'Montalbán', 'Puerto Real', 'Alcalá del Valle'],
  it: ['Castelnuovo', 'Borgo San Pietro', 'Montefiore', 'Villafranca', 'Roccabianca', 'San Vito'],
  fr: ['Saint-Amand', 'Villeneuve', 'Beaumont', 'Montrésor', 'Sainte-Marie', 'Belleville'],
  de: ['Neustadt', 'Rosenfeld', 'Altenburg', 'Lindenau', 'Bergheim', 'Waldkirch'],
  pl: ['Nowogród', 'Zielona Dolina', 'Białogard', 'Stare Miasto', 'Nowy Dwór', 'Lipowo'],
};

/** Neighbourhoods that name pharmacy outlets; Portuguese in the home region, plain elsewhere. */
export const NEIGHBOURHOODS: Readonly<Record<string, readonly string[]>> = {
  pt: ['Centro', 'Jardim América', 'Vila Nova', 'Boa Vista', 'Santa Cruz', 'São Pedro', 'Bela Vista', 'Alto da Serra',
    'Praia', 'Estação', 'Parque das Flores', 'Liberdade', 'Distrito Industrial', 'Aeroporto', 'Cidade Universitária',
    'Mercado', 'Ponte Velha', 'Ribeira', 'Jardim Botânico', 'Morro Azul'],
  other: ['Old Town', 'Central Station', 'University Quarter', 'Riverside', 'North Park', 'Market Square', 'Harbour',
    'Hospital District', 'Airport', 'Industrial Park', 'Hillside', 'Lakeside', 'Garden City', 'West End', 'East Gate',
    'Cathedral Square', 'New Town', 'Bridge Street', 'Green Valley', 'Mill Lane'],
};

/** Per locale, hospital names that read as real ones; the regional flagship is numbered. */
export const HOSPITAL_NAMES: Readonly<Record<string, readonly string[]>> = {
  pt: ['Hospital São Lucas', 'Hospital Santa Marta', 'Santa Casa de Misericórdia', 'Hospital Nossa Senhora da Conceição',
    'Hospital Santo António', 'Hospital Santa Isabel', 'Hospital São José'],
  es: ['Hospital San Rafael', 'Hospital Virgen del Carmen', 'Hospital Santa Cristina', 'Hospital General San Jorge'],
  it: ['Ospedale San Giovanni', 'Ospedale Santa Maria della Misericordia', 'Policlinico San Matteo', "Ospedale Sant'Anna"],
  fr: ['Hôpital Saint-Louis', 'Hôpital Saint-Joseph', 'Centre Hospitalier Sainte-Anne', 'Hôpital Notre-Dame'],
  de: ['St. Elisabeth Hospital', 'Klinikum St. Georg', 'Marienkrankenhaus', 'Evangelisches Krankenhaus'],
  pl: ['Szpital św. Łukasza', 'Szpital Wojewódzki im. Kopernika', 'Szpital św. Wojciecha'],
};

export const GENERIC_HOSPITAL_NAMES: readonly string[] = [
  'City Clinical Hospital No. {n}',
  'Regional Oncology Centre',
  "Regional Children's Hospital",
  'Municipal Hospital No. {n}',
  'Regional Cardiology Centre',
];

export const PHARMACY_CHAIN_NAMES: readonly string[] = [
  'Drogaria Vitalis', 'FarmaViva', 'Saúde+ Farmácias', 'Botica Central', 'Apteka Zdrowie', 'Farmacia Sol',
  'PharmaPlus', 'Gesund Apotheken', 'MedPonto', 'Farmácia Popular do Bairro',
];

export const DISTRIBUTOR_NAMES: readonly string[] = [
  'Medlog Distribution', 'Iberfarma Wholesale', 'NordPharm Logistics', 'Alfa Distribuidora Farmacêutica', 'Vitalog',
  'Pharmalink Wholesale', 'Saúde Express Logística',
];

/** Staff of our own company (the User nodes); fixed so demo logins read the same everywhere. */
export const STAFF_NAMES: readonly string[] = [
  'Mariana Lopes', 'Ricardo Almeida', 'Helena Vasconcelos', 'Tomás Ribeiro', 'Sofia Marques', 'Bruno Carvalho',
  'Inês Fonseca', 'Daniel Pacheco', 'Carla Mendes', 'Rui Salgado', 'Patrícia Leal', 'Gonçalo Matos', 'Lúcia Brito',
  'Filipe Serrano', 'Joana Peixoto', 'Nuno Barros',
];
