import Storyboard

/// The words Kinora knows directly, each with what it becomes.
enum Lexicon {
    enum Meaning: Sendable, Hashable {
        case count(Int)
        case material(Material)
        case size(Float)
        case verb(Action.Verb)
        case manner(Float)
        case place(Place)
        case time(TimeOfDay)
        case weather(Weather)
        case style(Style)
        case framing(Shot.Framing)
        case move(Shot.CameraMove)
        case angle(Shot.Angle)
        case speed(Double)
        case music(MusicMood)
        case sound
        case clothing
    }

    static let kits: [String: (CastMember.Kind, Float)] = [
        "ball": (.ball, 1), "football": (.ball, 1), "basketball": (.ball, 1.1), "soccer ball": (.ball, 1), "beach ball": (.ball, 2.2),
        "tennis ball": (.ball, 0.3), "marble": (.ball, 0.12), "sphere": (.ball, 1), "globe": (.ball, 1.5), "orb": (.ball, 1),
        "box": (.box, 1), "cube": (.box, 0.8), "carton": (.box, 1), "package": (.box, 0.8), "parcel": (.box, 0.8), "block": (.box, 0.6),
        "crate": (.crate, 1), "chest": (.crate, 1.1),
        "bottle": (.bottle, 1), "flask": (.bottle, 0.8), "jar": (.bottle, 0.7),
        "man": (.humanoid, 1), "woman": (.humanoid, 0.95), "person": (.humanoid, 1), "guy": (.humanoid, 1), "lady": (.humanoid, 0.95),
        "boy": (.humanoid, 0.75), "girl": (.humanoid, 0.72), "child": (.humanoid, 0.7), "kid": (.humanoid, 0.7), "people": (.humanoid, 1),
        "human": (.humanoid, 1), "adult": (.humanoid, 1),
        // French.
        "balle": (.ball, 1), "ballon": (.ball, 1.6), "boîte": (.box, 1), "boite": (.box, 1),
        "caisse": (.crate, 1), "bouteille": (.bottle, 1), "homme": (.humanoid, 1), "femme": (.humanoid, 0.95), "personne": (.humanoid, 1),
        "garçon": (.humanoid, 0.75), "garcon": (.humanoid, 0.75), "fille": (.humanoid, 0.72), "enfant": (.humanoid, 0.7),
    ]

    static let colors: [String: RGB] = [
        "red": RGB(0.7, 0.03, 0.02), "blue": RGB(0.03, 0.12, 0.6), "green": RGB(0.05, 0.4, 0.06), "yellow": RGB(0.85, 0.65, 0.02),
        "orange": RGB(0.9, 0.28, 0.02), "purple": RGB(0.3, 0.05, 0.45), "pink": RGB(0.9, 0.3, 0.45), "white": RGB(0.85, 0.85, 0.85),
        "black": RGB(0.02, 0.02, 0.02), "brown": RGB(0.25, 0.12, 0.05), "grey": RGB(0.3, 0.3, 0.3), "gray": RGB(0.3, 0.3, 0.3),
        "gold": RGB(0.9, 0.6, 0.15), "golden": RGB(0.9, 0.6, 0.15), "silver": RGB(0.7, 0.7, 0.72), "teal": RGB(0.02, 0.35, 0.35),
        "cyan": RGB(0.05, 0.55, 0.7), "beige": RGB(0.6, 0.5, 0.35),
        // French (masculine and feminine forms).
        "rouge": RGB(0.7, 0.03, 0.02), "bleu": RGB(0.03, 0.12, 0.6), "bleue": RGB(0.03, 0.12, 0.6), "vert": RGB(0.05, 0.4, 0.06),
        "verte": RGB(0.05, 0.4, 0.06), "jaune": RGB(0.85, 0.65, 0.02), "noire": RGB(0.02, 0.02, 0.02),
        "blanc": RGB(0.85, 0.85, 0.85), "blanche": RGB(0.85, 0.85, 0.85), "rose": RGB(0.9, 0.3, 0.45), "violet": RGB(0.3, 0.05, 0.45),
        "gris": RGB(0.3, 0.3, 0.3), "grise": RGB(0.3, 0.3, 0.3), "marron": RGB(0.25, 0.12, 0.05),
    ]

    static let words: [String: Meaning] = {
        var m: [String: Meaning] = [:]
        for (w, n) in ["a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "pair": 2, "couple": 2, "several": 3, "few": 3] {
            m[w] = .count(n)
        }
        for (w, mat) in ["rubber": Material.rubber, "wooden": .wood, "wood": .wood, "glass": .glass, "metal": .metal, "metallic": .metal, "steel": .metal,
                         "iron": .metal, "plastic": .plastic, "stone": .stone, "cardboard": .cardboard, "paper": .cardboard] {
            m[w] = .material(mat)
        }
        for (w, s) in ["big": 1.6, "large": 1.6, "huge": 2.5, "giant": 3, "enormous": 3, "small": 0.6, "little": 0.6, "tiny": 0.4, "mini": 0.4] as [String: Float] {
            m[w] = .size(s)
        }
        for (w, v) in ["bounce": Action.Verb.bounce, "bounces": .bounce, "bouncing": .bounce, "bounced": .bounce,
                       "fall": .fall, "falls": .fall, "falling": .fall, "fell": .fall, "drop": .fall, "drops": .fall, "dropped": .fall, "dropping": .fall,
                       "tumble": .fall, "tumbles": .fall, "topple": .fall, "topples": .fall,
                       "roll": .roll, "rolls": .roll, "rolling": .roll, "rolled": .roll,
                       "fly": .fly, "flies": .fly, "flying": .fly, "throw": .fly, "throws": .fly, "thrown": .fly, "tossed": .fly, "toss": .fly,
                       "kicked": .fly, "launched": .fly,
                       "slide": .slide, "slides": .slide, "sliding": .slide, "skid": .slide, "skids": .slide,
                       "walk": .walk, "walks": .walk, "walking": .walk, "strolls": .walk, "wanders": .walk, "crosses": .walk,
                       "stand": .stand, "stands": .stand, "standing": .stand, "waits": .stand,
                       "talk": .talk, "talks": .talk, "talking": .talk, "speaks": .talk, "says": .talk, "say": .talk, "said": .talk, "shouts": .talk,
                       "asks": .talk, "whispers": .talk, "replies": .talk] {
            m[w] = .verb(v)
        }
        for (w, f) in ["slowly": 0.6, "gently": 0.6, "softly": 0.6, "quickly": 1.6, "fast": 1.6, "hard": 1.8, "high": 1.5, "wildly": 2] as [String: Float] {
            m[w] = .manner(f)
        }
        for (w, p) in ["beach": Place.beach, "shore": .beach, "seaside": .beach, "coast": .beach, "sea": .beach, "ocean": .beach,
                       "meadow": .meadow, "field": .meadow, "grass": .meadow, "lawn": .meadow, "countryside": .meadow, "hill": .meadow,
                       "park": .park, "garden": .park, "backyard": .park, "yard": .park,
                       "street": .street, "road": .street, "city": .street, "town": .street, "sidewalk": .street, "alley": .street,
                       "courtyard": .courtyard, "plaza": .courtyard, "square": .courtyard, "patio": .courtyard,
                       "desert": .desert, "dunes": .desert, "snow": .snowfield, "snowy": .snowfield, "winter": .snowfield, "studio": .studio] {
            m[w] = .place(p)
        }
        for (w, t) in ["dawn": TimeOfDay.dawn, "sunrise": .dawn, "daybreak": .dawn, "morning": .morning, "noon": .noon, "midday": .noon,
                       "afternoon": .afternoon, "day": .afternoon, "daytime": .afternoon, "sunset": .sunset, "evening": .sunset, "sundown": .sunset,
                       "dusk": .dusk, "twilight": .dusk, "night": .night, "midnight": .night, "nighttime": .night, "moonlight": .night] {
            m[w] = .time(t)
        }
        for (w, we) in ["fog": Weather.foggy, "foggy": .foggy, "mist": .foggy, "misty": .foggy, "cloudy": .cloudy, "overcast": .cloudy,
                        "clouds": .cloudy, "windy": .windy, "wind": .windy, "breezy": .windy, "sunny": .clear, "clear": .clear] {
            m[w] = .weather(we)
        }
        for (w, s) in ["cinematic": Style.cinematic, "film": .cinematic, "photoreal": .cinematic, "photorealistic": .cinematic, "realistic": .cinematic,
                       "cartoon": .cartoon, "cartoony": .cartoon, "animated": .cartoon, "toon": .cartoon, "comic": .cartoon,
                       "noir": .noir, "monochrome": .noir, "pixel": .pixelArt, "pixelated": .pixelArt, "8-bit": .pixelArt, "retro": .pixelArt,
                       "watercolor": .watercolor, "watercolour": .watercolor, "painted": .watercolor, "aquarelle": .watercolor,
                       "ukiyo-e": .ukiyoE, "ukiyoe": .ukiyoE, "woodblock": .ukiyoE, "hokusai": .ukiyoE,
                       "claymation": .claymation, "clay": .claymation, "plasticine": .claymation, "stop-motion": .claymation,
                       "anime": .anime, "manga": .anime, "ghibli": .anime, "cyberpunk": .cyberpunk, "neon": .cyberpunk, "synthwave": .cyberpunk,
                       "surreal": .surreal, "dreamlike": .surreal, "dreamy": .surreal, "psychedelic": .surreal,
                       "oil": .oil, "impasto": .oil, "impressionist": .impressionist, "impressionism": .impressionist,
                       "monet": .impressionist, "gogh": .impressionist, "brushstrokes": .impressionist,
                       "render": .studio, "rendered": .studio, "cgi": .studio, "3d": .studio, "blender": .studio] {
            m[w] = .style(s)
        }
        for (w, f) in ["close-up": Shot.Framing.close, "closeup": .close, "close": .close, "wide": .wide, "establishing": .wide, "medium": .medium] {
            m[w] = .framing(f)
        }
        for (w, mv) in ["dolly": Shot.CameraMove.dollyIn, "push": .dollyIn, "zoom": .zoom, "orbit": .orbit,
                        "tilt": .tilt, "tilts": .tilt, "truck": .truck, "trucking": .truck, "pedestal": .pedestal, "handheld": .handheld,
                        "hand-held": .handheld, "shaky": .handheld, "shake": .shake, "shaking": .shake, "vertigo": .dollyZoom, "orbiting": .orbit, "circling": .orbit,
                        "pan": .pan, "panning": .pan, "tracking": .tracking, "follow": .tracking, "follows": .tracking, "crane": .crane, "aerial": .crane,
                        "static": .static, "locked": .static, "pullback": .dollyOut] {
            m[w] = .move(mv)
        }
        for (w, mood) in ["upbeat": MusicMood.upbeat, "happy": .upbeat, "cheerful": .upbeat, "energetic": .upbeat, "joyful": .upbeat,
                          "calm": .calm, "relaxing": .calm, "peaceful": .calm, "gentle": .calm, "soft": .calm, "ambient": .calm,
                          "tense": .tense, "suspense": .tense, "suspenseful": .tense, "dark": .tense, "epic": .epic, "dramatic": .epic, "heroic": .epic] {
            m[w] = .music(mood)
        }
        for (w, a) in ["overhead": Shot.Angle.birdsEye, "top-down": .birdsEye, "dutch": .dutch, "canted": .dutch, "worm's-eye": .low] {
            m[w] = .angle(a)
        }
        for (w, v) in ["slow-motion": 0.3, "slowmo": 0.3, "timelapse": 8, "time-lapse": 8, "hyperlapse": 12] as [String: Double] { m[w] = .speed(v) }
        for w in ["music", "soundtrack", "score", "song", "sound", "sounds"] { m[w] = .sound }
        for w in ["suit", "shirt", "dress", "jacket", "coat", "sweater", "hoodie", "t-shirt", "uniform", "outfit"] { m[w] = .clothing }
        // French: counts, verbs, places, times, weather.
        for (w, n) in ["un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "dix": 10] { m[w] = .count(n) }
        for (w, v) in ["rebondit": Action.Verb.bounce, "rebondissent": .bounce, "tombe": .fall, "tombent": .fall, "roule": .roll, "roulent": .roll,
                       "glisse": .slide, "marche": .walk, "marchent": .walk, "promène": .walk, "dit": .talk, "parle": .talk, "crie": .talk,
                       "attend": .stand, "vole": .fly] {
            m[w] = .verb(v)
        }
        for (w, p) in ["plage": Place.beach, "mer": .beach, "prairie": .meadow, "champ": .meadow, "pré": .meadow, "parc": .park, "jardin": .park,
                       "rue": .street, "ville": .street, "cour": .courtyard, "désert": .desert, "neige": .snowfield] {
            m[w] = .place(p)
        }
        for (w, t) in ["aube": TimeOfDay.dawn, "matin": .morning, "midi": .noon, "après-midi": .afternoon, "soir": .sunset,
                       "crépuscule": .dusk, "nuit": .night] {
            m[w] = .time(t)
        }
        for (w, we) in ["brouillard": Weather.foggy, "nuageux": .cloudy, "vent": .windy, "venteux": .windy] { m[w] = .weather(we) }
        return m
    }()

    /// Words that carry no content of their own.
    static let stopwords: Set<String> = [
        "the", "on", "at", "in", "of", "and", "with", "across", "to", "from", "into", "onto", "over", "under", "by", "its", "his", "her",
        "their", "is", "are", "was", "while", "then", "as", "it", "this", "that", "some", "for", "up", "down", "off", "out", "through",
        "along", "around", "near", "beside", "next", "behind", "front", "after", "before", "against", "wearing", "very", "each", "other",
        "style", "shot", "camera", "angle", "view", "scene", "video", "time", "times", "again", "away", "back", "towards", "toward", "who",
        "which", "there", "here", "style,", "&", "-", "in",
        // French.
        "le", "la", "les", "l", "de", "du", "des", "d", "sur", "dans", "au", "aux", "et", "à", "avec", "en", "par", "pour", "sous",
        "qui", "se", "sa", "son", "ses", "très", "puis", "pendant", "vers", "devant", "derrière", "près",
    ]
}
