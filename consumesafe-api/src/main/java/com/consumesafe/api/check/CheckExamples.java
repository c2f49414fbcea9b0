package com.consumesafe.api.check;

/** Example answers of the check, shown in the OpenAPI description. */
final class CheckExamples {

    static final String LISTED = """
            {"query":"starbuks","verdict":"LISTED","unknownReason":null,"corrected":true,"readAs":"Starbucks",
             "matches":[{"name":"Starbucks","kind":"BRAND","id":3,"score":0.93,"confidence":"TYPO",
               "verdict":"LISTED",
               "path":[{"kind":"BRAND","id":3,"name":"Starbucks"},{"kind":"COMPANY","id":2,"name":"Starbucks Corp"}],
               "listings":[{"list":"consumer-boycott","on":{"kind":"COMPANY","id":2,"name":"Starbucks Corp"},
                 "reason":"Why the curators list it","severity":"HIGH","sources":["https://example.org/source"],
                 "since":"2024-01-31"}],
               "alternatives":[{"name":"Kahwa Blend","kind":"PRODUCT","id":7,"brand":"Kahwa Roasters","origin":"TN",
                 "note":"Roasted locally"}],
               "rejectedAlternatives":[]}],
             "didYouMean":[]}
            """;

    static final String DID_YOU_MEAN = """
            {"query":"doritos","verdict":"UNKNOWN","unknownReason":"NO_CONFIDENT_MATCH","corrected":false,
             "readAs":null,"matches":[],
             "didYouMean":[{"name":"Dominos","kind":"BRAND","id":40,"score":0.15,"verdict":"LISTED"}]}
            """;

    static final String NOT_LISTED = """
            {"query":"kahwa blend","verdict":"NOT_LISTED","unknownReason":null,"corrected":false,"readAs":null,
             "matches":[{"name":"Kahwa Blend","kind":"PRODUCT","id":7,"score":1.0,"confidence":"EXACT",
               "verdict":"NOT_LISTED",
               "path":[{"kind":"PRODUCT","id":7,"name":"Kahwa Blend"},{"kind":"BRAND","id":6,"name":"Kahwa Roasters"},
                 {"kind":"COMPANY","id":5,"name":"Kahwa Roasters"}],
               "listings":[],"alternatives":[],"rejectedAlternatives":[]}],
             "didYouMean":[]}
            """;

    private CheckExamples() {
    }
}
