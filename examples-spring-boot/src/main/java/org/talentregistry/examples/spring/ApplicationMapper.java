package org.talentregistry.examples.spring;

import java.util.Optional;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;

/** The host's MyBatis mapper of its own table; MyBatis-Spring runs it in the Spring transaction. */
@Mapper
public interface ApplicationMapper {
    /**
     * Inserts an application.
     *
     * @param row the row
     */
    @Insert("INSERT INTO craftsman_application (id, applicant_name, received_on, status, refusal, artisan_id, nomination_id)"
            + " VALUES (#{id}, #{applicantName}, #{receivedOn}, #{status}, #{refusal}, #{artisanId}, #{nominationId})")
    void insert(ApplicationRow row);

    /**
     * Finds an application.
     *
     * @param id the application's id
     * @return the row, if any
     */
    @Select("SELECT id, applicant_name, received_on, status, refusal, artisan_id, nomination_id"
            + " FROM craftsman_application WHERE id = #{id}")
    Optional<ApplicationRow> find(String id);

    /**
     * Counts the applications.
     *
     * @return the count
     */
    @Select("SELECT COUNT(*) FROM craftsman_application")
    long count();
}
