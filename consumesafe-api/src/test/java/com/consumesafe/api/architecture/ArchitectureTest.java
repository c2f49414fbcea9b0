package com.consumesafe.api.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Dependencies point one way: api to persistence to domain, and the domain knows no framework. */
@AnalyzeClasses(packages = "com.consumesafe", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule DOMAIN_IS_PLAIN_JAVA = noClasses()
            .that().resideInAPackage("com.consumesafe.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "jakarta.persistence..", "org.hibernate..", "jakarta.transaction..",
                    "com.fasterxml.jackson..", "tools.jackson..")
            .because("the domain is plain Java, testable without any framework");

    @ArchTest
    static final ArchRule DOMAIN_KNOWS_NO_OTHER_MODULE = noClasses()
            .that().resideInAPackage("com.consumesafe.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("com.consumesafe.persistence..", "com.consumesafe.api..")
            .because("adapters depend on the domain, never the other way");

    @ArchTest
    static final ArchRule PERSISTENCE_DOES_NOT_KNOW_THE_API = noClasses()
            .that().resideInAPackage("com.consumesafe.persistence..")
            .should().dependOnClassesThat().resideInAPackage("com.consumesafe.api..")
            .because("the API uses persistence, not the other way");

    @ArchTest
    static final ArchRule THE_API_DOES_NOT_REACH_INTO_JPA = noClasses()
            .that().resideInAPackage("com.consumesafe.api..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.hibernate..")
            .because("the API talks to the domain's ports; storage details stay in persistence");
}
