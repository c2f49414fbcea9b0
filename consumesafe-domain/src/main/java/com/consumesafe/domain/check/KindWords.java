package com.consumesafe.domain.check;

import com.consumesafe.domain.name.NameKey;
import java.util.HashSet;
import java.util.Set;

/**
 * Words that say what kind of product something is, or dress up a name, in English, French and Arabic: "water",
 * "lait", "jus", "chips", "classic", "big". A query made only of them names no maker, even when a single name in the
 * catalog starts with it ("Lait Fermenté Danora"): someone typing "lait" is looking for milk, not for Danora.
 */
final class KindWords {

    private static final Set<String> WORDS = keys("""
            water waters eau eaux mineral minerale minerales sparkling gazeuse juice juices jus nectar milk lait
            laitier laitiere fermente fermentee lben leben yogurt yoghurt yogurts yaourt yaourts cheese fromage butter
            beurre cream creme ice glace glaces gelato tea teas the tisane coffee cafe cafes capsules espresso cocoa
            cacao chocolate chocolat chocolats candy bonbons biscuits biscuit cookies cookie cake gateau gateaux bread
            pain cereal cereals cereales oats flakes chips crisps snacks snack cola soda sodas lemonade limonade drink
            drinks boisson boissons beer biere wine vin oil huile olive olives pasta pates noodles nouilles rice riz
            couscous flour farine sugar sucre salt sel sauce ketchup mayonnaise harissa tomato tomate tomates soup
            soupe conserve conserves tuna thon sardines meat viande chicken poulet burger burgers pizza pizzas sandwich
            fries frites baby bebe diapers couches soap savon shampoo shampoing shower gel dentifrice toothpaste
            detergent lessive tissues mouchoirs paper papier razor rasoir deodorant cosmetics lipstick perfume parfum
            shoes chaussures sneakers trainers clothes vetements laptop phone printer software app market
            supermarket restaurant fast food
            big small mini maxi max super extra classic classique original originale premium gold royal royale new
            nouveau nouvelle fresh frais fraiche pure pur natural light zero diet family familial the le la les l el al
            ماء مياه معدنية عصير حليب لبن ياغورت زبادي جبن زبدة قهوة شاي شوكولاتة بسكويت حلوى خبز زيت زيتون معكرونة
            كسكسي سكر ملح صابون شامبو مناديل حفاضات مشروب مشروبات بيتزا شيبس""");

    private KindWords() {
    }

    /** Whether every word of the query is such a word. */
    static boolean coverAll(NameKey query) {
        for (String word : query.value().split(" ")) {
            if (!WORDS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> keys(String text) {
        Set<String> keys = new HashSet<>();
        for (String word : text.strip().split("\\s+")) {
            keys.add(NameKey.of(word).value());
        }
        return Set.copyOf(keys);
    }
}
