package org.guildhall.member;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.guildhall.database.ConditionalOnDemoData;
import org.guildhall.database.DemoDataSet;
import org.guildhall.database.DemoStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A community to try Guildhall with: the three demo accounts and about forty members
 * across countries, time zones, business units and job roles, each with skills. Loaded
 * once, into an empty database only.
 */
@Component
@ConditionalOnDemoData
class MemberDemoData implements DemoDataSet {

	private static final Logger log = LoggerFactory.getLogger(MemberDemoData.class);

	/**
	 * Skills few people hold at level 4 or more, so that the skills picture shows a gap.
	 */
	private static final Set<String> SCARCE = Set.of("Chaos engineering", "Capacity planning");

	/** The only experts in the scarce skills: the heroes a sidekick would look for. */
	private static final Map<String, String> SCARCE_EXPERTS = Map.of("Priya Sharma", "Chaos engineering",
			"Jonas Becker", "Capacity planning");

	private record Person(String name, String email, Role role, String country, String timeZone, String businessUnit,
			String jobRole, boolean coreTeam) {
	}

	private static final List<Person> ACCOUNTS = List.of(
			new Person("Lucía Fernández", DemoPeople.LEAD, Role.LEAD, "ES", "Europe/Madrid", "Digital Banking",
					"SRE engineer", true),
			new Person("Mateo Rodríguez", DemoPeople.MEMBER, Role.MEMBER, "CO", "America/Bogota", "Payments",
					"Developer", false),
			new Person("Ingrid Johansson", DemoPeople.MANAGER, Role.MANAGER, "SE", "Europe/Stockholm",
					"Digital Banking", "Engineering manager", false));

	private static final List<Person> COMMUNITY = List.of(
			person("Valentina Gómez", "AR", "America/Argentina/Buenos_Aires", "Payments", "SRE engineer", true),
			person("Santiago Herrera", "MX", "America/Mexico_City", "Retail Platforms", "DevOps engineer", true),
			person("Camila Souza", "BR", "America/Sao_Paulo", "Mobile", "Developer", false),
			person("Diego Ramírez", "CL", "America/Santiago", "Cloud Infrastructure", "Operations engineer", false),
			person("Sofía Castro", "PE", "America/Lima", "Customer Experience", "Tester", false),
			person("Andrés Morales", "CR", "America/Costa_Rica", "Payments", "Developer", false),
			person("Martina Silva", "UY", "America/Montevideo", "Data & Analytics", "SRE engineer", false),
			person("Joaquín Vargas", "CO", "America/Bogota", "Digital Banking", "Developer", false),
			person("Isabela Rocha", "BR", "America/Sao_Paulo", "Payments", "DevOps engineer", false),
			person("Rafael Mendoza", "MX", "America/Monterrey", "Mobile", "Tester", false),
			person("Ana Pereira", "PT", "Europe/Lisbon", "Cloud Infrastructure", "SRE engineer", true),
			person("João Carvalho", "PT", "Europe/Lisbon", "Retail Platforms", "Developer", false),
			person("Marta Kowalska", "PL", "Europe/Warsaw", "Data & Analytics", "Developer", false),
			person("Piotr Nowak", "PL", "Europe/Warsaw", "Cloud Infrastructure", "Operations engineer", false),
			person("Ioana Popescu", "RO", "Europe/Bucharest", "Payments", "Tester", false),
			person("Andrei Ionescu", "RO", "Europe/Bucharest", "Digital Banking", "DevOps engineer", true),
			person("Lena Schmidt", "DE", "Europe/Berlin", "Customer Experience", "Developer", false),
			person("Jonas Becker", "DE", "Europe/Berlin", "Cloud Infrastructure", "SRE engineer", false),
			person("Emma Clarke", "GB", "Europe/London", "Digital Banking", "Operations engineer", false),
			person("Oliver Hughes", "GB", "Europe/London", "Mobile", "Developer", false),
			person("Aoife Byrne", "IE", "Europe/Dublin", "Payments", "SRE engineer", false),
			person("Daan de Vries", "NL", "Europe/Amsterdam", "Data & Analytics", "DevOps engineer", false),
			person("Pablo Ortega", "ES", "Europe/Madrid", "Retail Platforms", "Developer", false),
			person("Carmen Ruiz", "ES", "Atlantic/Canary", "Customer Experience", "Tester", false),
			person("Priya Sharma", "IN", "Asia/Kolkata", "Cloud Infrastructure", "SRE engineer", true),
			person("Arjun Nair", "IN", "Asia/Kolkata", "Payments", "Developer", false),
			person("Kavya Reddy", "IN", "Asia/Kolkata", "Data & Analytics", "Tester", false),
			person("Miguel Santos", "PH", "Asia/Manila", "Customer Experience", "Operations engineer", false),
			person("Grace Mendoza", "PH", "Asia/Manila", "Mobile", "Developer", false),
			person("Thabo Nkosi", "ZA", "Africa/Johannesburg", "Digital Banking", "DevOps engineer", false),
			person("Michael Brooks", "US", "America/New_York", "Retail Platforms", "SRE engineer", false),
			person("Jessica Chen", "US", "America/Los_Angeles", "Mobile", "Developer", false),
			person("Ethan Tremblay", "CA", "America/Toronto", "Cloud Infrastructure", "Operations engineer", false),
			person("Hannah Wright", "CA", "America/Vancouver", "Data & Analytics", "SRE engineer", false),
			person("Tomás Aguilar", "MX", "America/Mexico_City", "Payments", "Operations engineer", false),
			person("Laura Jiménez", "CO", "America/Bogota", "Retail Platforms", "Tester", false),
			person("Nicolás Díaz", "AR", "America/Argentina/Cordoba", "Cloud Infrastructure", "Developer", false),
			person("Fernanda Lima", "BR", "America/Recife", "Customer Experience", "DevOps engineer", false),
			person("Katarzyna Zielińska", "PL", "Europe/Warsaw", "Payments", "SRE engineer", false),
			person("Rohan Mehta", "IN", "Asia/Kolkata", "Retail Platforms", "Developer", false));

	/** The one former member kept to show that a deactivated account's history stays. */
	private static final String FORMER_MEMBER = "Rohan Mehta";

	private final MemberRepository members;

	private final SkillRepository skills;

	private final PasswordEncoder passwords;

	private final TransactionTemplate transaction;

	private final Clock clock;

	MemberDemoData(MemberRepository members, SkillRepository skills, PasswordEncoder passwords,
			TransactionTemplate transaction, Clock clock) {
		this.members = members;
		this.skills = skills;
		this.passwords = passwords;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Override
	public DemoStep step() {
		return DemoStep.MEMBERS;
	}

	@Override
	public boolean load() {
		if (this.members.findByEmail(DemoPeople.LEAD).isPresent()) {
			return true;
		}
		long existing = this.members.count();
		if (existing > 0) {
			log.warn("Demo data not loaded: this database already holds {} members, and the demo's accounts "
					+ "(with their published password) never join a real community", existing);
			return false;
		}
		this.transaction.executeWithoutResult((status) -> write());
		return true;
	}

	private void write() {
		Random random = new Random(2026);
		List<Skill> catalogue = this.skills.findAllByName();
		LocalDate today = LocalDate.now(this.clock);
		String passwordHash = this.passwords.encode(DemoPeople.PASSWORD);
		List<Member> created = new ArrayList<>();
		List<Person> everyone = new ArrayList<>(ACCOUNTS);
		everyone.addAll(COMMUNITY);
		for (Person person : everyone) {
			Member member = new Member(person.name(), person.email(), person.role(), person.country(),
					person.timeZone(), today.minusDays(30 + random.nextInt(3 * 365)));
			member.describe(person.name(), person.email(), person.country(), person.timeZone(), person.businessUnit(),
					person.jobRole());
			member.assign(person.role(), person.coreTeam(), member.getJoinedOn());
			if (ACCOUNTS.contains(person)) {
				member.changePasswordHash(passwordHash);
			}
			if (person.name().equals(FORMER_MEMBER)) {
				member.deactivate();
			}
			giveSkills(member, person, catalogue, random);
			created.add(member);
		}
		this.members.saveAll(created);
		log.info("Loaded the demo community: {} members", created.size());
	}

	private static void giveSkills(Member member, Person person, List<Skill> catalogue, Random random) {
		List<Skill> shuffled = new ArrayList<>(catalogue);
		Collections.shuffle(shuffled, random);
		int heldCount = 2 + random.nextInt(4);
		Map<Long, SkillLevel> held = new HashMap<>();
		for (Skill skill : shuffled.subList(0, heldCount)) {
			int ceiling = SCARCE.contains(skill.getName()) ? 3 : 5;
			held.put(skill.getId(), SkillLevel.of(1 + random.nextInt(ceiling)));
		}
		catalogue.stream()
			.filter((skill) -> skill.getName().equals(SCARCE_EXPERTS.get(person.name())))
			.forEach((skill) -> held.put(skill.getId(), SkillLevel.EXPERT));
		Set<Long> wanted = new HashSet<>();
		for (Skill skill : shuffled.subList(heldCount, heldCount + random.nextInt(3))) {
			if (!held.containsKey(skill.getId())) {
				wanted.add(skill.getId());
			}
		}
		member.reviseSkills(held, wanted);
	}

	private static Person person(String name, String country, String timeZone, String businessUnit, String jobRole,
			boolean coreTeam) {
		return new Person(name, DemoPeople.email(name), Role.MEMBER, country, timeZone, businessUnit, jobRole,
				coreTeam);
	}

}
