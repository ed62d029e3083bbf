"""Compare py3langid and lingua on short and long en/es/pt/fr texts (restricted to these 4)."""
import time, tracemalloc, sys
S = {
 "en": ["The police fired tear gas at the protesters.", "The minister arrived in the town on Monday.",
        "Community leaders said the talks had failed.", "The mine was closed after the strike.",
        "Farmers blocked the main road for three days.", "The company denied the allegations.",
        "Two people were injured in the clashes.", "The ombudsman called for dialogue.",
        "A state of emergency was declared in the province.", "The road to the mine remains closed."],
 "es": ["La policía lanzó gases lacrimógenos contra los manifestantes.", "El ministro llegó al pueblo el lunes.",
        "Los dirigentes comunales dijeron que el diálogo fracasó.", "La mina fue cerrada tras el paro.",
        "Los campesinos bloquearon la carretera durante tres días.", "La empresa negó las acusaciones.",
        "Dos personas resultaron heridas en los enfrentamientos.", "La Defensoría pidió diálogo.",
        "Se declaró el estado de emergencia en la provincia.", "La vía a la mina sigue cerrada."],
 "pt": ["A polícia lançou gás lacrimogêneo contra os manifestantes.", "O ministro chegou à cidade na segunda-feira.",
        "Os líderes comunitários disseram que as conversas fracassaram.", "A mina foi fechada depois da greve.",
        "Os agricultores bloquearam a estrada principal por três dias.", "A empresa negou as acusações.",
        "Duas pessoas ficaram feridas nos confrontos.", "A defensoria pediu diálogo.",
        "Foi declarado estado de emergência na província.", "A estrada para a mina continua fechada."],
 "fr": ["La police a tiré des gaz lacrymogènes sur les manifestants.", "Le ministre est arrivé en ville lundi.",
        "Les dirigeants communautaires ont dit que les pourparlers avaient échoué.", "La mine a été fermée après la grève.",
        "Les paysans ont bloqué la route principale pendant trois jours.", "L'entreprise a nié les accusations.",
        "Deux personnes ont été blessées lors des affrontements.", "Le médiateur a appelé au dialogue.",
        "L'état d'urgence a été déclaré dans la province.", "La route vers la mine reste fermée."],
}
# Very short: 2-4 words (titles, headings)
V = {"en": ["Police clash", "Mine strike ends", "Minister visits Apurímac"],
     "es": ["Paro minero", "Ministro visita Apurímac", "Bloqueo de vías"],
     "pt": ["Greve na mina", "Ministro visita Apurímac", "Bloqueio de estradas"],
     "fr": ["Grève minière", "Le ministre visite Apurímac", "Blocage des routes"]}
L = {k: [" ".join(v[i:] + v[:i]) for i in range(len(v))] for k, v in S.items()}   # 10 long texts each (~90 words)
which = sys.argv[1]
tracemalloc.start()
import resource
t0 = time.perf_counter()
if which == "py3langid":
    import py3langid
    py3langid.set_languages(["en", "es", "pt", "fr"])
    detect = lambda t: py3langid.classify(t)[0]
    detect("warm up")
else:
    from lingua import Language, LanguageDetectorBuilder
    det = LanguageDetectorBuilder.from_languages(Language.ENGLISH, Language.SPANISH, Language.PORTUGUESE, Language.FRENCH).build()
    detect = lambda t: det.detect_language_of(t).iso_code_639_1.name.lower()
    detect("warm up")
load = time.perf_counter() - t0
mem = tracemalloc.get_traced_memory()[1] / 1e6
tracemalloc.stop()
for name, data in (("2-4 words", V), ("one sentence", S), ("paragraph", L)):
    n = ok = 0
    t = time.perf_counter()
    for _ in range(5):
        for lang, texts in data.items():
            for x in texts:
                n += 1; ok += detect(x) == lang
    el = time.perf_counter() - t
    print(f"{which:10} {name:13} accuracy {ok/n:.3f} ({ok//5}/{n//5})  {el/n*1000:.2f} ms/text")
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss/1000, "MB max RSS")
print(f"{which:10} load {load:.2f} s, peak python memory while loading {mem:.0f} MB")
