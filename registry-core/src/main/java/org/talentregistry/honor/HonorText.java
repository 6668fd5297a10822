package org.talentregistry.honor;

import org.talentregistry.MessageCode;

/** The codes of texts about an honor, as explanations cite it. */
public enum HonorText implements MessageCode {
    /**
     * An honor as a decision cites it, e.g. "淄博金牌工匠 (2018, naming decision 淄工发〔2018〕12号)". Arguments: the
     * tier's name, the round's year, the naming decision's number.
     */
    CITATION
}
