/**
 * Built-in glossary terms: practice family (see builtin.ts for the order of families). Model
 * evaluations and what undermines them, AI control protocols, safety practice for language models
 * (attacks, training signals, reasoning transparency) and governance.
 *
 * Every entry says what its cited work says, in our own words; `coined` is used only where the cited
 * work introduced the name. Aliases are spelling variants, abbreviations in real use and established
 * alternative names only; inflections are left to the matcher. Each source was checked with the
 * search tool (the log is kept outside the repository, in the helper's report).
 */

import { canonical, coined } from './types';
import type { Provenance, Term } from './types';

/** @see https://arxiv.org/abs/2312.06942 */
const AI_CONTROL: Provenance = {
  authors: 'Ryan Greenblatt, Buck Shlegeris, Kshitij Sachan and Fabien Roger',
  work: 'AI Control: Improving Safety Despite Intentional Subversion',
  year: 2023,
  url: 'https://arxiv.org/abs/2312.06942',
};

/** @see https://arxiv.org/abs/2305.15324 */
const EXTREME_RISKS: Provenance = {
  authors: 'Toby Shevlane, Sebastian Farquhar, Ben Garfinkel, Mary Phuong, Jess Whittlestone, Jade Leung et al.',
  work: 'Model evaluation for extreme risks',
  year: 2023,
  url: 'https://arxiv.org/abs/2305.15324',
};

/** @see https://arxiv.org/abs/2405.19550 */
const PASSWORD_LOCKED: Provenance = {
  authors: 'Ryan Greenblatt, Fabien Roger, Dmitrii Krasheninnikov and David Krueger',
  work: 'Stress-Testing Capability Elicitation With Password-Locked Models',
  year: 2024,
  url: 'https://arxiv.org/abs/2405.19550',
};

/** @see https://www.anthropic.com/news/anthropics-responsible-scaling-policy */
const ANTHROPIC_RSP: Provenance = {
  authors: 'Anthropic',
  work: 'Anthropic\'s Responsible Scaling Policy',
  year: 2023,
  url: 'https://www.anthropic.com/news/anthropics-responsible-scaling-policy',
};

/** Terms of this family, in reading order. */
export const PRACTICE_TERMS: readonly Term[] = [
  // ── Evaluations ──────────────────────────────────────────────────────────────────────────────
  {
    id: 'dangerous-capability-evaluations',
    term: 'Dangerous capability evaluations',
    aliases: ['dangerous capability evals', 'dangerous capabilities evaluations'],
    definition:
      'Tests that measure whether an AI model has capabilities that could cause extreme harm, such as offensive cyber skills, deception, persuasion or the ability to copy itself out of its environment.',
    explanation:
      'Shevlane et al. argued that developers must identify such capabilities before training further or deploying, and listed nine to look for: cyber-offense, deception, persuasion and manipulation, political strategy, weapons acquisition, long-horizon planning, AI development, situational awareness and self-proliferation. They pair these evaluations with alignment evaluations, which ask whether a model would use its capabilities for harm. Results feed risk assessments and deployment decisions, for instance under responsible scaling policies.',
    example:
      'Phuong et al. piloted a programme of such evaluations on Gemini 1.0 models in four areas (persuasion and deception, cyber-security, self-proliferation and self-reasoning); they found no strong dangerous capabilities but flagged early warning signs.',
    related: ['alignment-evaluations', 'capability-elicitation', 'sandbagging', 'responsible-scaling-policy', 'red-teaming'],
    confusedWith: [
      {
        id: 'alignment-evaluations',
        note: 'A dangerous capability evaluation asks whether a model could cause harm; an alignment evaluation asks whether it would try to.',
      },
      {
        id: 'red-teaming',
        note: 'Red teaming hunts for any failure or harmful output; a dangerous capability evaluation measures specific hazardous abilities, usually against fixed thresholds.',
      },
    ],
    source: canonical(EXTREME_RISKS),
  },
  {
    id: 'alignment-evaluations',
    term: 'Alignment evaluations',
    aliases: ['alignment evals'],
    definition:
      'Tests of a model\'s propensity to apply its capabilities to cause harm, as opposed to tests of whether it has those capabilities.',
    explanation:
      'Shevlane et al. introduced the pairing: dangerous capability evaluations establish what a model can do, and alignment evaluations check whether it tends to use those capabilities for harm. Both inform the risk assessment behind decisions about training, deployment and security. Alignment evaluations are harder to trust when a model can tell it is being tested, since it may then behave differently than in deployment.',
    related: ['dangerous-capability-evaluations', 'evaluation-awareness', 'situational-awareness', 'deceptive-alignment'],
    confusedWith: [
      {
        id: 'dangerous-capability-evaluations',
        note: 'Alignment evaluations measure what a model is inclined to do; dangerous capability evaluations measure what it is able to do.',
      },
    ],
    source: canonical(EXTREME_RISKS),
  },
  {
    id: 'capability-elicitation',
    term: 'Capability elicitation',
    aliases: [],
    definition:
      'Getting a model to actually display the full extent of a capability it has, so that an evaluation measures what it can do rather than what a given prompt happens to bring out.',
    explanation:
      'A prompt-only evaluation gives only a lower bound, because asking a model to do a task often brings out less than it can actually do. Greenblatt et al. studied fine-tuning as a stronger method: a few high-quality demonstrations were often enough to recover deliberately hidden capabilities, and reinforcement learning could work when only a way to score answers was available. The weak point is the supply of demonstrations: for a model whose hidden skill goes beyond what humans can demonstrate, fine-tuning-based elicitation may not be trustworthy.',
    related: ['dangerous-capability-evaluations', 'password-locked-models', 'sandbagging', 'exploration-hacking'],
    source: canonical(PASSWORD_LOCKED),
  },
  {
    id: 'sandbagging',
    term: 'Sandbagging',
    aliases: [],
    definition:
      'Deliberately underperforming on an evaluation, whether by the AI system itself or at its developers\' direction, so that the evaluation understates what the system can do.',
    explanation:
      'Capability evaluations gate safety and regulatory decisions, which gives both developers and a situationally aware model reasons to make a system look less capable than it is. Van der Weij et al. showed that GPT-4 and Claude 3 Opus could be prompted to underperform selectively on dangerous capability evaluations while keeping their scores on harmless ones, and that models fine-tuned to hide a capability unless given a password generalised this to held-out benchmarks such as WMDP. The word comes from games and sport, where it means hiding one\'s real strength.',
    related: ['capability-elicitation', 'password-locked-models', 'exploration-hacking', 'evaluation-awareness', 'scheming'],
    confusedWith: [
      {
        id: 'exploration-hacking',
        note: 'Sandbagging is underperforming on an evaluation; exploration hacking is a model steering its own reinforcement learning by avoiding actions it does not want reinforced, one way to keep sandbagging from being trained away.',
      },
    ],
    source: canonical({
      authors: 'Teun van der Weij, Felix Hofstätter, Oliver Jaffe, Samuel Brown and Francis Ward',
      work: 'AI Sandbagging: Language Models can Strategically Underperform on Evaluations',
      year: 2025,
      url: 'https://iclr.cc/virtual/2025/poster/30824',
    }),
  },
  {
    id: 'password-locked-models',
    term: 'Password-locked models',
    aliases: [],
    definition:
      'Language models deliberately trained to hide a capability, answering like a much weaker model unless a particular password is in the prompt, used as a test bed for whether capability elicitation methods can find what is hidden.',
    explanation:
      'A password-locked model is a controlled stand-in for a model that hides what it can do: the experimenters know the hidden capability is there, so they can check whether an elicitation method finds it without the password. Roger first proposed them in a 2023 Alignment Forum post; Greenblatt et al. then found that fine-tuning on a few good demonstrations usually unlocked the capability, and could even unlock capabilities locked behind other passwords.',
    related: ['capability-elicitation', 'sandbagging', 'model-organisms', 'backdoors'],
    confusedWith: [
      {
        id: 'backdoors',
        note: 'A backdoor trigger switches on harmful behaviour; a password in a password-locked model switches on the model\'s real capability, which is hidden by default.',
      },
    ],
    source: canonical(PASSWORD_LOCKED),
  },
  {
    id: 'exploration-hacking',
    term: 'Exploration hacking',
    aliases: [],
    definition:
      'A model deliberately shaping which actions it tries during reinforcement learning, for instance never attempting the ones that would earn high reward, so as to steer what the training does to it.',
    explanation:
      'Reinforcement learning can only reinforce behaviour the model actually produces, so a model that deliberately avoids good actions can keep low performance from being trained out. It was first discussed mainly as a way for a scheming model to keep sandbagging despite RL-based capability elicitation. Jang et al. built model organisms that resisted RL elicitation in agentic biosecurity and AI R&D environments while performing well on related tasks, and found that current frontier models sometimes reason explicitly about suppressing their exploration when told enough about their training.',
    related: ['sandbagging', 'capability-elicitation', 'gradient-hacking', 'scheming', 'model-organisms'],
    confusedWith: [
      {
        id: 'reward-hacking',
        note: 'Reward hacking gets high reward by exploiting a flawed reward signal; exploration hacking typically accepts low reward so that the training signal never gets to act on the behaviour the model wants to protect.',
      },
      {
        id: 'gradient-hacking',
        note: 'Gradient hacking manipulates the gradients of training from inside the model; exploration hacking only chooses which actions get sampled, and so which ones reinforcement learning can reward.',
      },
    ],
    source: canonical({
      authors: 'Eyon Jang, Damon Falck, Joschka Braun, Nathalie Kirch, Achu Menon, Perusha Moodley, Scott Emmons, Roland S. Zimmermann and David Lindner',
      work: 'Exploration Hacking: Can LLMs Learn to Resist RL Training?',
      year: 2026,
      url: 'https://arxiv.org/abs/2604.28182',
    }),
  },
  {
    id: 'evaluation-awareness',
    term: 'Evaluation awareness',
    aliases: ['eval awareness'],
    definition:
      'A model\'s ability to tell that it is being evaluated rather than used in real deployment.',
    explanation:
      'If models recognise tests, they may behave differently during them, making benchmarks less reliable guides for deployment and governance decisions. Needham et al. measured it by asking frontier models to classify transcripts as coming from evaluations or from real use: Gemini 2.5 Pro reached an AUC of 0.83 against 0.92 for a simple human baseline, both models and humans did better on agentic transcripts than on chat, and models could often tell what an evaluation was testing for. It is one specific part of situational awareness.',
    related: ['situational-awareness', 'alignment-evaluations', 'sandbagging', 'alignment-faking'],
    confusedWith: [
      {
        id: 'situational-awareness',
        note: 'Situational awareness is a model\'s knowledge of itself and its circumstances in general; evaluation awareness is the narrower ability to tell tests from deployment.',
      },
    ],
    source: canonical({
      authors: 'Joe Needham, Giles Edkins, Govind Pimpale, Henning Bartsch and Marius Hobbhahn',
      work: 'Large Language Models Often Know When They Are Being Evaluated',
      year: 2025,
      url: 'https://arxiv.org/abs/2505.23836',
    }),
  },
  {
    id: 'model-organisms',
    term: 'Model organisms of misalignment',
    // The plural sits mid-phrase, where the matcher does not derive the singular.
    aliases: ['model organism of misalignment'],
    definition:
      'AI systems deliberately built to exhibit a specific alignment failure, such as deceptive alignment or reward hacking, so that the failure can be studied empirically before it arises on its own.',
    explanation:
      'Hubinger et al. argued that there was almost no empirical evidence for the most worrying failure modes, and proposed building "in vitro" demonstrations of them, by analogy with the fruit flies and mice of biology. Such models serve science (how does the failure arise, and do our detection and mitigation techniques catch it?) and coordination (concrete evidence of risk for labs and policymakers).',
    example:
      'The sleeper agents of Hubinger et al., trained to insert vulnerabilities into code when the prompt says the year is 2024, are a model organism for deceptive alignment that persists through safety training.',
    related: ['sleeper-agents', 'alignment-faking', 'password-locked-models', 'deceptive-alignment', 'reward-hacking'],
    source: coined({
      authors: 'Evan Hubinger, Nicholas Schiefer, Carson Denison and Ethan Perez',
      work: 'Model Organisms of Misalignment: The Case for a New Pillar of Alignment Research',
      year: 2023,
      url: 'https://www.alignmentforum.org/posts/ChDH335ckdvpxXaXX/model-organisms-of-misalignment-the-case-for-a-new-pillar-of-1',
    }),
  },

  // ── AI control ───────────────────────────────────────────────────────────────────────────────
  {
    id: 'control-evaluation',
    term: 'Control evaluation',
    aliases: [],
    definition:
      'A test of a deployment protocol in which a red team plays the untrusted model and tries to cause an unacceptable outcome, measuring how safe the protocol is against deliberate subversion and how much useful work it still gets done.',
    explanation:
      'Greenblatt et al. framed AI control as a game between a blue team, which designs the protocol from trusted and untrusted models and a limited budget of trusted human labour, and a red team, which writes attack policies for the untrusted model. Safety is the chance that no attack succeeds; usefulness is how much of the untrusted model\'s performance the protocol keeps. Because the red team stands in for a model that may be scheming, the evaluation does not rely on the model\'s good intentions.',
    example:
      'In the original setting, the untrusted model (GPT-4) solves programming problems and the red team tries to get a backdoored solution, one that passes the tests but fails on an input the attacker knows, submitted even once.',
    related: ['ai-control', 'trusted-monitoring', 'untrusted-monitoring', 'trusted-editing', 'red-teaming'],
    confusedWith: [
      {
        id: 'red-teaming',
        note: 'Red teaming searches for a model\'s failures; a control evaluation has the red team act as the model, attacking the safety protocol around it.',
      },
    ],
    source: canonical(AI_CONTROL),
  },
  {
    id: 'trusted-monitoring',
    term: 'Trusted monitoring',
    aliases: [],
    definition:
      'A control protocol in which a weaker model that is trusted not to be scheming rates each output of a stronger untrusted model for suspiciousness, and the most suspicious outputs are sent to human auditors.',
    explanation:
      'The trusted model is trusted because it is believed too weak to be a competent schemer, which is also its limitation: subtle attacks by a much stronger model may not look suspicious to it. Greenblatt et al. studied it with GPT-3.5 watching GPT-4 and a small budget of human auditing spent on the highest-scoring outputs.',
    related: ['ai-control', 'untrusted-monitoring', 'trusted-editing', 'control-evaluation', 'scalable-oversight'],
    confusedWith: [
      {
        id: 'untrusted-monitoring',
        note: 'In trusted monitoring the monitor is a weaker model assumed honest; in untrusted monitoring it is another copy of the strong model, which is more capable but may lie.',
      },
    ],
    source: canonical(AI_CONTROL),
  },
  {
    id: 'untrusted-monitoring',
    term: 'Untrusted monitoring',
    aliases: [],
    definition:
      'A control protocol in which another instance of the untrusted model itself is used as the monitor, with countermeasures against the monitor lying about attacks.',
    explanation:
      'A copy of the strong model understands the policy\'s outputs far better than a weak trusted model, but if the model is scheming the monitor may simply report that an attack is harmless. Greenblatt et al. therefore checked the monitor on synthetic attacks before trusting its judgements, and redacted or paraphrased what it sees so that the policy cannot slip it a coordination signal. With these measures, untrusted monitoring substantially improved on simple baselines.',
    related: ['ai-control', 'trusted-monitoring', 'collusion', 'control-evaluation'],
    confusedWith: [
      {
        id: 'trusted-monitoring',
        note: 'Untrusted monitoring uses a copy of the strong model as monitor and must guard against collusion; trusted monitoring uses a weaker model assumed honest.',
      },
    ],
    source: canonical(AI_CONTROL),
  },
  {
    id: 'trusted-editing',
    term: 'Trusted editing',
    aliases: [],
    definition:
      'A control protocol in which the trusted model rewrites the untrusted model\'s output to remove anything that looks like an attack, and the edited version is used whenever the output seems suspicious enough.',
    explanation:
      'Editing keeps much of the strong model\'s work while giving a hidden attack a chance to be removed, instead of discarding suspicious work outright or sending it all to auditors. In Greenblatt et al.\'s programming setting, having the trusted model edit the untrusted model\'s code was one of the two protocols that substantially beat the simple baselines.',
    related: ['ai-control', 'trusted-monitoring', 'untrusted-monitoring', 'control-evaluation'],
    source: canonical(AI_CONTROL),
  },
  {
    id: 'collusion',
    term: 'Collusion',
    aliases: [],
    definition:
      'Covert coordination between AI instances against the people overseeing them, most discussed for an untrusted monitor that deliberately passes the attacks of the model it is meant to check.',
    explanation:
      'Protocols that use AI systems to watch other AI systems are only as good as the watchers\' independence. In untrusted monitoring, a scheming policy can hide an agreed signal in its output so that its monitor knows when to stay quiet; Greenblatt et al. countered this by redacting and paraphrasing what the monitor sees and by testing the monitor on synthetic attacks. Later work distinguishes collusion through pre-agreed signals, through signals both copies would pick without communicating, and through a model simply recognising its own outputs.',
    related: ['untrusted-monitoring', 'ai-control', 'encoded-reasoning', 'scheming'],
    source: canonical(AI_CONTROL),
  },

  // ── Attacks, training signals and reasoning transparency in language models ─────────────────
  {
    id: 'jailbreak',
    term: 'Jailbreak',
    aliases: [],
    definition:
      'An input crafted to make a safety-trained language model produce content its training is meant to make it refuse.',
    explanation:
      'Wei, Haghtalab and Steinhardt traced jailbreaks to two failure modes of safety training. With competing objectives, the model\'s drive to follow instructions or continue text conflicts with its safety goal, as in prompts that forbid refusing. With mismatched generalization, safety training does not reach a domain the model\'s capabilities do, as with requests encoded in Base64. Attacks designed around these two ideas succeeded on every prompt in a collection of unsafe requests drawn from GPT-4\'s and Claude v1.3\'s red-teaming sets.',
    related: ['prompt-injection', 'red-teaming', 'adversarial-training', 'rlhf'],
    confusedWith: [
      {
        id: 'prompt-injection',
        note: 'A jailbreak defeats the model\'s own safety training, usually by the user; prompt injection smuggles instructions into an application\'s input so that they override the developer\'s, often from a third party.',
      },
    ],
    source: canonical({
      authors: 'Alexander Wei, Nika Haghtalab and Jacob Steinhardt',
      work: 'Jailbroken: How Does LLM Safety Training Fail?',
      year: 2023,
      url: 'https://arxiv.org/abs/2307.02483',
    }),
  },
  {
    id: 'prompt-injection',
    term: 'Prompt injection',
    aliases: [],
    definition:
      'An attack on an application built on a language model in which untrusted text placed in the model\'s input carries instructions that override the ones the developer gave.',
    explanation:
      'The model receives the developer\'s instructions and the data it processes as one stream of text, with no reliable boundary between them, much as SQL injection exploits code and data sharing one string; Simon Willison named the attack in 2022 after that analogy. Greshake et al. described indirect prompt injection, where the attacker never talks to the model but plants instructions in content it will later retrieve, such as a web page, and demonstrated it against Bing Chat and code-completion tools.',
    example:
      'For instance, a web page could carry hidden text telling any AI assistant that summarises it to ask the reader for their credit card details; an assistant that browses to the page may then act on the planted instruction as if it came from its user.',
    related: ['jailbreak', 'red-teaming', 'ai-control'],
    confusedWith: [
      {
        id: 'jailbreak',
        note: 'Prompt injection overrides an application\'s intended instructions with attacker text; a jailbreak gets the model itself to break its safety training.',
      },
    ],
    source: canonical({
      authors: 'Kai Greshake, Sahar Abdelnabi, Shailesh Mishra, Christoph Endres, Thorsten Holz and Mario Fritz',
      work: 'Not what you\'ve signed up for: Compromising Real-World LLM-Integrated Applications with Indirect Prompt Injection',
      year: 2023,
      url: 'https://arxiv.org/abs/2302.12173',
    }),
  },
  {
    id: 'adversarial-training',
    term: 'Adversarial training',
    aliases: [],
    definition:
      'Training a model on inputs that an adversary has found it handles especially badly, to improve its worst-case rather than its average behaviour.',
    explanation:
      'If the adversary\'s search covers the inputs on which the model would fail catastrophically, training on what it finds pushes the model away from those failures. Ziegler et al. applied it to a filter for story continuations that must not describe injuries, with human adversaries helped by rewriting tools: it doubled the time contractors needed to find a new failure without hurting performance on ordinary inputs. The technique is older, from work on adversarial examples in image classifiers; Hubinger et al. found that adversarial training could teach backdoored models to hide their behaviour better rather than remove it.',
    related: ['red-teaming', 'jailbreak', 'sleeper-agents', 'backdoors'],
    confusedWith: [
      {
        id: 'red-teaming',
        note: 'Red teaming finds inputs that make a model fail; adversarial training goes on to train the model on them.',
      },
    ],
    source: canonical({
      authors: 'Daniel M. Ziegler, Seraphina Nix, Lawrence Chan, Tim Bauman, Peter Schmidt-Nielsen, Tao Lin et al.',
      work: 'Adversarial Training for High-Stakes Reliability',
      year: 2022,
      url: 'https://arxiv.org/abs/2205.01663',
    }),
  },
  {
    id: 'backdoors',
    term: 'Backdoor',
    aliases: [],
    definition:
      'Hidden behaviour planted in a machine learning model so that it performs normally on ordinary inputs but behaves as an attacker chooses whenever a specific trigger is present.',
    explanation:
      'Gu, Dolan-Gavitt and Garg showed that whoever trains a model, for instance an outsourced cloud service, can insert such a backdoor while keeping accuracy on the user\'s own validation data high, so ordinary testing does not reveal it. Backdoors are the basis of sleeper-agent experiments in alignment. AI control papers also use "backdoor" in a different sense, for subtly wrong code that an untrusted model tries to slip past its monitors.',
    example:
      'Their backdoored street-sign classifier recognised stop signs correctly, except when a small sticker was added, which made it read them as speed-limit signs; the backdoor survived retraining of the network for another task.',
    related: ['data-poisoning', 'sleeper-agents', 'adversarial-training', 'password-locked-models'],
    confusedWith: [
      {
        id: 'sleeper-agents',
        note: 'A backdoor is any trigger-activated hidden behaviour, usually planted by an attacker; sleeper agents are models given a deceptive backdoor on purpose to test whether safety training removes it.',
      },
      {
        id: 'data-poisoning',
        note: 'Data poisoning is a way of attacking a model through its training data, which may plant a backdoor or simply degrade it; a backdoor is the hidden trigger behaviour, however it got there.',
      },
    ],
    source: canonical({
      authors: 'Tianyu Gu, Brendan Dolan-Gavitt and Siddharth Garg',
      work: 'BadNets: Identifying Vulnerabilities in the Machine Learning Model Supply Chain',
      year: 2017,
      url: 'https://arxiv.org/abs/1708.06733',
    }),
  },
  {
    id: 'data-poisoning',
    term: 'Data poisoning',
    aliases: ['poisoning attack'],
    definition:
      'Attacking a machine learning model through its training data, by slipping in examples an adversary has chosen so that the trained model behaves as the adversary wants.',
    explanation:
      'Learning algorithms are usually designed as if their training data were an honest sample, which stops being true once data is gathered from sources an attacker can write to. Biggio, Nelson and Laskov showed this for support vector machines: because an attacker can anticipate how adding a point moves the learned classifier, it can search by gradient ascent for points that drive up the classifier\'s error on held-out data. Poisoning can also be targeted, to plant a backdoor rather than degrade accuracy overall.',
    related: ['backdoors', 'sleeper-agents', 'machine-unlearning'],
    confusedWith: [
      {
        id: 'backdoors',
        note: 'Data poisoning is the attack route through training data; a backdoor is one kind of hidden behaviour such an attack can leave behind.',
      },
    ],
    source: canonical({
      authors: 'Battista Biggio, Blaine Nelson and Pavel Laskov',
      work: 'Poisoning Attacks against Support Vector Machines',
      year: 2012,
      url: 'https://arxiv.org/abs/1206.6389',
    }),
  },
  {
    id: 'machine-unlearning',
    term: 'Machine unlearning',
    aliases: [],
    definition:
      'Making a trained machine learning system forget specific training data, and that data\'s influence on the model, without retraining it from scratch.',
    explanation:
      'Cao and Yang named it and gave three motives: privacy (users who want their data forgotten), security (removing polluted training data that an attacker injected) and usability (removing bad entries). Their method rewrote learning algorithms in a summation form, so that forgetting a sample only required updating a few sums. In AI safety the same word is used for removing hazardous knowledge, such as weapons-relevant facts, from language models.',
    related: ['data-poisoning', 'capability-elicitation', 'dangerous-capability-evaluations'],
    source: coined({
      authors: 'Yinzhi Cao and Junfeng Yang',
      work: 'Towards Making Systems Forget with Machine Unlearning',
      year: 2015,
      url: 'https://doi.org/10.1109/SP.2015.35',
    }),
  },
  {
    id: 'process-supervision',
    term: 'Process supervision',
    aliases: ['process-based supervision'],
    definition:
      'Training a model with feedback on each intermediate step of its reasoning, rather than only on the final result.',
    explanation:
      'Lightman et al. compared it with outcome supervision on the MATH dataset: a reward model trained on step-level human labels picked correct solutions much more reliably than one trained on final answers alone, letting the system solve 78% of problems in a representative subset of the test set. They released the 800,000 step-level labels as PRM800K. Supervising each step rewards reasoning people can check, not just lucky answers.',
    related: ['outcome-based-supervision', 'reward-model', 'chain-of-thought-faithfulness', 'scalable-oversight'],
    confusedWith: [
      {
        id: 'outcome-based-supervision',
        note: 'Process supervision grades every reasoning step; outcome-based supervision grades only the final answer.',
      },
      {
        id: 'cot-monitoring',
        note: 'Process supervision trains on feedback about the reasoning; chain-of-thought monitoring only reads it, and Korbak et al. warn that training pressure on the reasoning can make it less monitorable.',
      },
    ],
    source: canonical({
      authors: 'Hunter Lightman, Vineet Kosaraju, Yura Burda, Harri Edwards, Bowen Baker, Teddy Lee et al.',
      work: 'Let\'s Verify Step by Step',
      year: 2023,
      url: 'https://arxiv.org/abs/2305.20050',
    }),
  },
  {
    id: 'outcome-based-supervision',
    term: 'Outcome-based supervision',
    aliases: ['outcome supervision'],
    definition:
      'Training a model with feedback only on the final result of its work, such as whether its final answer is correct, without grading the steps that led there.',
    explanation:
      'Outcome feedback is cheap and easy to automate, but it cannot tell sound reasoning from flawed reasoning that happens to land on the right answer. Uesato et al. found on grade-school maths problems that outcome-based supervision reached final-answer error rates similar to process-based supervision with less labelling, but that getting the reasoning steps right needed process-based feedback or a learned reward model imitating it.',
    related: ['process-supervision', 'reward-model', 'reward-hacking', 'specification-gaming'],
    confusedWith: [
      {
        id: 'process-supervision',
        note: 'Outcome-based supervision checks only the end result; process supervision checks each reasoning step.',
      },
    ],
    source: canonical({
      authors: 'Jonathan Uesato, Nate Kushman, Ramana Kumar, Francis Song, Noah Siegel, Lisa Wang, Antonia Creswell, Geoffrey Irving and Irina Higgins',
      work: 'Solving math word problems with process- and outcome-based feedback',
      year: 2022,
      url: 'https://arxiv.org/abs/2211.14275',
    }),
  },
  {
    id: 'chain-of-thought-faithfulness',
    term: 'Chain-of-thought faithfulness',
    aliases: ['CoT faithfulness'],
    definition:
      'The extent to which the step-by-step reasoning a language model writes out reflects the process that actually produces its answer.',
    explanation:
      'Written reasoning is useful for oversight only if it is faithful rather than a plausible story told after the fact. Lanham et al. tested this by intervening on the reasoning, for example truncating it, inserting mistakes or paraphrasing it, and seeing whether the answer changes: how much models relied on their reasoning varied widely across tasks, and larger, more capable models gave less faithful reasoning on most of the tasks studied.',
    example:
      'Turpin et al. reordered few-shot examples so that the right answer was always option (A); models then drifted towards (A) while their written reasoning never mentioned the pattern.',
    related: ['cot-monitoring', 'encoded-reasoning', 'process-supervision', 'eliciting-latent-knowledge'],
    confusedWith: [
      {
        id: 'cot-monitoring',
        note: 'Faithfulness is whether the written reasoning reflects the real computation; monitoring is the practice of reading it for signs of misbehaviour, which depends on but is not the same as faithfulness.',
      },
    ],
    source: canonical({
      authors: 'Tamera Lanham, Anna Chen, Ansh Radhakrishnan, Benoit Steiner, Carson Denison, Danny Hernandez et al.',
      work: 'Measuring Faithfulness in Chain-of-Thought Reasoning',
      year: 2023,
      url: 'https://arxiv.org/abs/2307.13702',
    }),
  },
  {
    id: 'encoded-reasoning',
    term: 'Encoded reasoning',
    aliases: ['chain-of-thought steganography', 'CoT steganography'],
    definition:
      'A language model carrying steps of its reasoning inside the text it writes in a way a human reader cannot decode, while still relying on those steps to reach its answer.',
    explanation:
      'Roger and Greenblatt fine-tuned a model to benefit from reasoning that its readers could not follow, demonstrating that the behaviour can be learned, and argued that stronger models are more likely to develop it without being taught. As a defence they had another model paraphrase the reasoning before it was used, which under the right conditions cut even their best encoding schemes to under 3 bits of hidden information per kilobyte of text.',
    example:
      'A model could carry one bit of its plan in whether it writes a bulleted or a numbered list, then read that bit back later in the same scratchpad.',
    related: ['chain-of-thought-faithfulness', 'cot-monitoring', 'collusion'],
    confusedWith: [
      {
        id: 'chain-of-thought-faithfulness',
        note: 'Unfaithful reasoning need not hide anything (the answer may just not depend on it); encoded reasoning is the specific case where the text does carry the reasoning, in a form humans cannot read.',
      },
    ],
    source: canonical({
      authors: 'Fabien Roger and Ryan Greenblatt',
      work: 'Preventing Language Models From Hiding Their Reasoning',
      year: 2023,
      url: 'https://arxiv.org/abs/2310.18512',
    }),
  },
  {
    id: 'cot-monitoring',
    term: 'Chain-of-thought monitoring',
    aliases: ['CoT monitoring'],
    definition:
      'Reading the natural-language reasoning of a model that thinks before it acts, usually with another model, to catch signs of intent to misbehave.',
    explanation:
      'Korbak et al. argued that models which reason in human language offer an unusual safety opportunity, because on hard tasks the reasoning carries much of the real work and can be read. They called it imperfect and fragile: monitorability, the degree to which the reasoning can be monitored, could be lost through outcome-based reinforcement learning at scale, direct optimisation pressure on the reasoning, or architectures that reason in latent space. They recommended that developers track monitorability and weigh how their decisions affect it.',
    related: ['chain-of-thought-faithfulness', 'encoded-reasoning', 'ai-control', 'reward-hacking', 'scheming'],
    confusedWith: [
      {
        id: 'chain-of-thought-faithfulness',
        note: 'Monitoring is the practice of reading the reasoning for misbehaviour; faithfulness is whether that reasoning reflects what actually drives the model.',
      },
    ],
    source: canonical({
      authors: 'Tomek Korbak, Mikita Balesni, Elizabeth Barnes et al.',
      work: 'Chain of Thought Monitorability: A New and Fragile Opportunity for AI Safety',
      year: 2025,
      url: 'https://arxiv.org/abs/2507.11473',
    }),
  },
  {
    id: 'hhh',
    term: 'Helpful, honest and harmless',
    aliases: ['HHH'],
    definition:
      'The three properties that Askell et al. took to define an aligned text-based assistant: it should be helpful, honest and harmless.',
    explanation:
      'Askell et al. proposed a general-purpose language assistant as a laboratory for alignment and used the three properties both as a target and as axes for evaluation, releasing an HHH evaluation set. They found that simple interventions such as prompting helped more as models grew, and that training a preference model to rank responses worked much better than imitation learning and scaled better with model size. The framing runs through later assistant training, from RLHF to constitutional AI.',
    related: ['rlhf', 'constitutional-ai', 'reward-model', 'sycophancy'],
    source: coined({
      authors: 'Amanda Askell, Yuntao Bai, Anna Chen, Dawn Drain, Deep Ganguli, Tom Henighan et al.',
      work: 'A General Language Assistant as a Laboratory for Alignment',
      year: 2021,
      url: 'https://arxiv.org/abs/2112.00861',
    }),
  },

  // ── Governance ───────────────────────────────────────────────────────────────────────────────
  {
    id: 'frontier-ai',
    term: 'Frontier AI',
    aliases: ['frontier model', 'frontier AI model'],
    definition:
      'Foundation models at the leading edge of capability, powerful enough that they may have dangerous capabilities that could put public safety at severe risk.',
    explanation:
      'Anderljung et al. gave the term this regulatory meaning and argued that such models pose a distinct challenge: dangerous capabilities can appear unexpectedly, a deployed model is hard to protect against misuse, and its capabilities are hard to stop from spreading. They proposed standard-setting, registration and reporting, and compliance mechanisms such as licensing. In everyday use "frontier model" often just means the most capable models of the moment.',
    related: ['compute-governance', 'responsible-scaling-policy', 'dangerous-capability-evaluations', 'safety-case'],
    source: canonical({
      authors: 'Markus Anderljung, Joslyn Barnhart, Anton Korinek, Jade Leung, Cullen O\'Keefe, Jess Whittlestone et al.',
      work: 'Frontier AI Regulation: Managing Emerging Risks to Public Safety',
      year: 2023,
      url: 'https://arxiv.org/abs/2307.03718',
    }),
  },
  {
    id: 'responsible-scaling-policy',
    term: 'Responsible scaling policy',
    aliases: ['RSP'],
    definition:
      'A developer\'s published commitments tying how far it will scale and deploy AI models to the protective measures it has in place, including the capability levels at which it would pause until its protections catch up.',
    explanation:
      'METR (then ARC Evals), which consulted on the first policies, named five components of a good RSP: capability limits, protections, evaluations, a response plan and accountability. Anthropic published the first RSP in September 2023, and other developers adopted similar frameworks under other names. METR cautioned that voluntary commitments would not be enough on their own: RSPs were meant as something a lab can do unilaterally, not as a replacement for regulation.',
    related: ['ai-safety-levels', 'dangerous-capability-evaluations', 'safety-case', 'frontier-ai'],
    source: canonical({
      authors: 'METR (formerly ARC Evals)',
      work: 'Responsible Scaling Policies (RSPs)',
      year: 2023,
      url: 'https://metr.org/blog/2023-09-26-rsp/',
    }),
  },
  {
    id: 'ai-safety-levels',
    term: 'AI Safety Levels',
    aliases: ['ASL'],
    definition:
      'The tiers of Anthropic\'s Responsible Scaling Policy, modelled loosely on biosafety levels, each requiring safety, security and operational standards that match a model\'s potential for catastrophic risk.',
    explanation:
      'In the 2023 policy, ASL-1 covered systems with no meaningful catastrophic risk, such as a chess engine; ASL-2 covered systems with early signs of dangerous capabilities whose information is not yet more useful than, say, a search engine, which included the Claude models of the time; ASL-3 covered systems that substantially increase catastrophic misuse risk over non-AI baselines or show low-level autonomous capabilities. Higher levels were left to be defined. Anthropic committed to pause scaling or deployment whenever it could not meet the standards of the level its models had reached.',
    related: ['responsible-scaling-policy', 'dangerous-capability-evaluations', 'frontier-ai'],
    source: coined(ANTHROPIC_RSP),
  },
  {
    id: 'safety-case',
    term: 'Safety case',
    aliases: [],
    definition:
      'A structured argument, backed by evidence, that an AI system is unlikely to cause a catastrophe if it is trained or deployed in a given way.',
    explanation:
      'Safety cases come from safety-critical engineering such as aviation and nuclear power. Clymer et al. adapted the idea to advanced AI and sorted the available arguments into four kinds: the system is unable to cause a catastrophe, control measures would stop it even if it tried, it is trustworthy despite having the capability, or, for much more powerful systems, credible AI advisors judge it safe. A real case combines several arguments.',
    related: ['control-evaluation', 'dangerous-capability-evaluations', 'responsible-scaling-policy', 'ai-control'],
    source: canonical({
      authors: 'Joshua Clymer, Nick Gabrieli, David Krueger and Thomas Larsen',
      work: 'Safety Cases: How to Justify the Safety of Advanced AI Systems',
      year: 2024,
      url: 'https://arxiv.org/abs/2403.10462',
    }),
  },
  {
    id: 'compute-governance',
    term: 'Compute governance',
    aliases: [],
    definition:
      'Using computing power, the hardware and processing needed to train and run AI models, as a lever for achieving AI policy goals.',
    explanation:
      'Sastry et al. argued that compute is easier to govern than the other inputs to AI, data and algorithms: large amounts of it are hard to hide, access to it can be withheld, it can be measured, and the chips come from a handful of companies. That gives policymakers three levers: seeing who is training what, steering resources towards beneficial work, and blocking reckless or malicious development. They also cautioned that badly designed compute rules could harm privacy and the economy and concentrate power.',
    example:
      'US export controls on advanced AI chips, and the 2023 US executive order requiring reports on models trained with more than 10^26 operations, both govern AI through compute.',
    related: ['frontier-ai', 'responsible-scaling-policy'],
    source: canonical({
      authors: 'Girish Sastry, Lennart Heim, Haydn Belfield, Markus Anderljung, Miles Brundage, Julian Hazell et al.',
      work: 'Computing Power and the Governance of Artificial Intelligence',
      year: 2024,
      url: 'https://arxiv.org/abs/2402.08797',
    }),
  },
  {
    id: 'gradual-disempowerment',
    term: 'Gradual disempowerment',
    aliases: [],
    definition:
      'The loss of human influence over the large-scale systems society depends on, such as the economy, culture and states, through incremental improvements in AI rather than a sudden takeover.',
    explanation:
      'Kulveit et al. argued that these systems serve human interests partly because they need human labour and participation to function. As AI replaces human work and cognition, both explicit control (votes, purchases) and that implicit alignment weaken, and the effects reinforce each other across domains. No coordinated power-seeking by AI is required, and the end state could be a loss of human influence so entrenched that it cannot be undone, which they count as an existential catastrophe.',
    related: ['power-seeking', 'treacherous-turn', 'compute-governance'],
    confusedWith: [
      {
        id: 'power-seeking',
        note: 'Power-seeking is an AI system acquiring influence because of its own goals; gradual disempowerment needs no such agent, only competitive pressure to replace humans with AI across society.',
      },
      {
        id: 'treacherous-turn',
        note: 'A treacherous turn is a sudden betrayal by a misaligned system; gradual disempowerment is a slow, systemic erosion with no single decisive moment.',
      },
    ],
    source: coined({
      authors: 'Jan Kulveit, Raymond Douglas, Nora Ammann, Deger Turan, David Krueger and David Duvenaud',
      work: 'Gradual Disempowerment: Systemic Existential Risks from Incremental AI Development',
      year: 2025,
      url: 'https://arxiv.org/abs/2501.16946',
    }),
  },
];
