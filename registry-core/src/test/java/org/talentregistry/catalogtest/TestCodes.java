package org.talentregistry.catalogtest;

import org.talentregistry.MessageCode;

/**
 * Codes with deliberately broken texts, for the catalog's own tests. In a package of their own so that their
 * bundle does not hide the main code's bundle of {@code org.talentregistry} on the test class path.
 */
public enum TestCodes implements MessageCode {
    VERDICT, NO_ENGLISH, NOT_CHINESE, ARGUMENTS_DIFFER, PASS_THROUGH
}
