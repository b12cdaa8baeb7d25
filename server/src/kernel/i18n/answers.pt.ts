/**
 * The planning and accounts answers in Portuguese of Portugal and of Brazil (`gestor`/
 * `gerente`, `planear`/`planejar`, `caderno de encargos`/`termo de referência`,
 * `concurso público`/`licitação`, `contacto`/`contato`). Same ids as answers.en.ts.
 */
import type { answersEn } from './answers.en.js';
import { pick, type Variant } from './portuguese.js';


function build(v: Variant): Record<keyof typeof answersEn, string> {
  const manager = pick(v, 'gestor', 'gerente');
  const specification = pick(v, 'caderno de encargos', 'termo de referência');
  const contact = pick(v, 'contacto', 'contato');
  const decisionRole = (name: string) =>
    `{${name}, select, decision_maker {decisor} specification_author {autor do ${specification}} influencer {influenciador} gatekeeper {guardião do acesso} financial_evaluator {avaliador financeiro} technical_evaluator {avaliador técnico} user {${pick(v, 'utilizador', 'usuário')}} champion {defensor} blocker {opositor} drafter {redator} other {{${name}}}}`;
  const committeeRole = (name: string) =>
    `{${name}, select, chair {presidente} secretary {secretário} expert {${pick(v, 'perito', 'especialista')}} member {membro} other {{${name}}}}`;
  const stageWords = `contact {${contact}} acquaintance {conhecimento} loyalty {fidelização} near_friendly {quase amizade}`;
  const stage = (name: string, none: string) => `{${name}, select, none {${none}} ${stageWords} other {{${name}}}}`;
  const level = '{level}';
  const top = pick(v, 'de topo', 'principais');

  return {
    'plan.behind': `atrasado: ${stage('target', 'a fase-alvo')} devia ser alcançada até {by}; a fase é ${stage('stage', 'ainda nenhuma')}`,
    'plan.stepsOverdue': `{count, plural, one {# passo em atraso} other {# passos em atraso}}{grace, plural, =0 {} other { (mais de {grace} dias, a tolerância em ${level})}}: «{title}» devia estar feito até {due}`.replace(
      /«|»/g,
      (q) => pick(v, q, '"'),
    ),
    'plan.reviewOverdue': `a revisão com o ${manager} estava prevista para {on} (um plano {style, select, directing {diretivo} coaching {de orientação} supporting {de apoio} delegating {de delegação} other {{style}}} em ${level})`,
    'plan.reviewDue': `revisão com o ${manager} prevista para {on}`,
    'plan.style.directing': `Diretivo: objetivos acordados à partida, cada passo acordado com o ${manager} e revisto passo a passo.`,
    'plan.style.coaching': `Orientação: o ${manager} acorda os passos com o KAM e revê em cada marco.`,
    'plan.style.supporting': `Apoio: o KAM ${pick(v, 'planeia', 'planeja')} os passos; o ${manager} revê os resultados e ajuda quando lhe pedem.`,
    'plan.style.delegating': 'Delegação: o KAM age sozinho e presta contas dos resultados.',

    'plan.name': 'Plano de relação: {person}',
    'step.agreeGoals': `Acordar objetivos e orçamento para {person} com o seu ${manager}`,
    'step.introduction': 'Pedir a {introducer} que lhe apresente {person} (força do caminho {strength, number, ::.00})',
    'step.event': `Encontrar {person} em {event} ({how, select, SPOKE_AT {${pick(v, 'é orador', 'é palestrante')}} other {participa}}, {on, select, none {data por confirmar} other {{on}}})`,
    'step.committee': `Preparar o caso para {committee}, onde {person} é ${committeeRole('role')}{ends, select, none {} other {; o mandato termina em {ends}}}`,
    'step.tender': `{tender}: {person} é ${decisionRole('role')}; a preparação começa {starts, select, now {já} other {em {starts}}}`,
    'step.review': `Rever o progresso com o seu ${manager}`,
    'interaction.name': `{kind, select, visit {Visita} call {Chamada} informal_meeting {Reunião informal} event {Evento} proposal {Proposta} email {E-mail} other {{kind}}}{on, select, none {} other { em {on}}}`,

    'agenda.birthday': 'Aniversário de {person}',
    'agenda.planReview': 'Revisão: {plan}',
    'agenda.tenderPreparation': `Começar a preparar: {tender} (${pick(v, 'realiza-se em', 'será realizada em')} {held})`,
    'agenda.termEnding': `O mandato de {person} como ${committeeRole('role')} de {committee} termina`,
    'agenda.followUp': `Acompanhar: {proposal}{people, select, none {} other { a {people}}} (próximos passos, urgência, próxima data)`,

    'briefing.hobbies': `${pick(v, 'Passatempos', 'Hobbies')}: {hobbies}`,
    'briefing.values': 'Valores: {values}',
    'briefing.communicationStyle': 'Estilo de comunicação: {style}',
    'briefing.character': `${pick(v, 'Carácter', 'Caráter')}: {character}`,
    'briefing.event': `{how, select, SPOKE_AT {${pick(v, 'É orador em', 'É palestrante em')}} other {Participa em}} {event} em {on}`,
    'briefing.committee': `${committeeRole('role')} de {committee}{until, select, none {} other { até {until}}}`,
    'briefing.tender': `${decisionRole('role')} em {tender} ({on})`,
    'briefing.nextContact': `Próximo ${contact} combinado para {on}`,
    'briefing.rank': 'Está em #{rank} no equilíbrio de poder do território',

    'recommendation.drafts': `redige o ${specification} ({role})`,
    'recommendation.shapes': `influencia o ${specification}`,
    'recommendation.decisionRole': decisionRole('role'),
    'recommendation.rank': '#{rank} no equilíbrio de poder',
    'recommendation.power': 'poder {power, number, ::.00}',
    'recommendation.stage': `{stage, select, none {ainda não temos relação} other {estamos em ${stage('stage', '')}}}`,
    'recommendation.path': 'alcançável através de {count, plural, one {# apresentação} other {# apresentações}} (força {strength, number, ::.00})',
    'recommendation.noPath': 'ainda sem caminho de confiança',

    'accounts.health': `{flagged, select, yes {As contas-chave assinaladas} other {Os 20% de contas ${top}}} trazem {keyShare, number, ::percent} das vendas de {period} (normal: {normalMin, number, ::percent}-{normalMax, number, ::percent}; acima de {mono, number, ::percent} significa dependência de poucos clientes). As {top} contas ${top} de {accounts} trazem {topRevenue, number, ::percent} da receita e {topProfit, number, ::percent} do lucro.{largest, select, none {} other { A maior, {largest}, traz sozinha {largestShare, number, ::percent}.}}`,
  };
}

export const answersPtPT = build('PT');
export const answersPtBR = build('BR');
