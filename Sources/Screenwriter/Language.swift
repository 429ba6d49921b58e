/// The language of a line, for the speech voice: French and Spanish by their letters and
/// common words, English otherwise.
enum Language {
    static func detect(_ text: String) -> String {
        let t = " " + text.lowercased() + " "
        let spanish = ["ñ", "¿", "¡", " hola", " gracias", " qué ", " que ", " el ", " los ", " está", " señor", " buenos", " amigo", " todos"]
        let french = ["ç", "à ", "è", "ê", " bonjour", " merci", " je ", " le ", " la ", " les ", " est ", " c'est", " oui", " vous", " tout", " monde", " salut"]
        let es = spanish.filter { t.contains($0) }.count, fr = french.filter { t.contains($0) }.count
        if es > fr && es > 0 { return "es" }
        if fr > 0 { return "fr" }
        return "en"
    }
}
